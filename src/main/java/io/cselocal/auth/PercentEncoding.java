package io.cselocal.auth;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * Percent-encoding as the SDK-HMAC-SHA256 canonical request uses it (RFC 3986, UTF-8). Decoding is plain: a
 * {@code +} stays a plus, unlike {@link java.net.URLDecoder} which turns it into a space.
 */
final class PercentEncoding {

	private static final HexFormat HEX = HexFormat.of().withUpperCase();

	private PercentEncoding() {
	}

	/** E(s): the UTF-8 bytes of the value, all but {@code A-Z a-z 0-9 - _ . ~} written as {@code %XX}. */
	static String encode(String value) {
		byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
		StringBuilder encoded = new StringBuilder(bytes.length);
		for (byte b : bytes) {
			if (isUnreserved(b)) {
				encoded.append((char) b);
			}
			else {
				encoded.append('%').append(HEX.toHexDigits(b));
			}
		}
		return encoded.toString();
	}

	/**
	 * Decodes every {@code %XX} and reads the bytes as UTF-8; other characters are taken as they are.
	 *
	 * @param part what the value is, for the message, e.g. "path"
	 * @throws MalformedSignatureException on a {@code %} not followed by two hex digits, or bytes that are not UTF-8
	 */
	static String decode(String value, String part) {
		if (value.indexOf('%') < 0) {
			return value;
		}
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length());
		int start = 0;
		int percent;
		while ((percent = value.indexOf('%', start)) >= 0) {
			bytes.writeBytes(value.substring(start, percent).getBytes(StandardCharsets.UTF_8));
			bytes.write(escapedByte(value, percent, part));
			start = percent + 3;
		}
		bytes.writeBytes(value.substring(start).getBytes(StandardCharsets.UTF_8));
		return utf8(bytes.toByteArray(), value, part);
	}

	private static boolean isUnreserved(byte b) {
		return (b >= 'A' && b <= 'Z') || (b >= 'a' && b <= 'z') || (b >= '0' && b <= '9') || b == '-' || b == '_'
				|| b == '.' || b == '~';
	}

	private static int escapedByte(String value, int percent, String part) {
		if (percent + 2 >= value.length() || !HexFormat.isHexDigit(value.charAt(percent + 1))
				|| !HexFormat.isHexDigit(value.charAt(percent + 2))) {
			String found = value.substring(percent, Math.min(percent + 3, value.length()));
			throw new MalformedSignatureException("The request " + part + " '" + value
					+ "' has malformed percent-encoding '" + found + "'; '%' must be followed by two hex digits");
		}
		return HexFormat.fromHexDigits(value, percent + 1, percent + 3);
	}

	private static String utf8(byte[] bytes, String value, String part) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw new MalformedSignatureException(
					"The request " + part + " '" + value + "' is not valid UTF-8 once percent-decoded");
		}
	}

}
