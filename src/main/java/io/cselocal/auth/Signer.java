package io.cselocal.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.jspecify.annotations.Nullable;

/**
 * Huawei Cloud's AK/SK request signature, {@code SDK-HMAC-SHA256}, computed the way the Java SDK signs: a canonical
 * request is hashed into a string to sign, which is signed with HMAC-SHA256 keyed by the secret key. Pure functions.
 * <p>
 * A {@code +} is a literal plus in both the path and the query: the SDK sends a space as {@code %20}, so the wire
 * text is percent-decoded without the form-encoding rule that reads {@code +} as a space.
 */
final class Signer {

	static final String ALGORITHM = "SDK-HMAC-SHA256";

	static final String DATE_HEADER = "x-sdk-date";

	static final String CONTENT_HASH_HEADER = "x-sdk-content-sha256";

	private static final Pattern DATE_SHAPE = Pattern.compile("\\d{8}T\\d{6}Z");

	private static final DateTimeFormatter DATE_FORMAT = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
		.withResolverStyle(ResolverStyle.STRICT);

	private Signer() {
	}

	/**
	 * Whether the signature of the request matches the one its secret key gives; compared in constant time.
	 *
	 * @throws MalformedSignatureException if the request has no {@code X-Sdk-Date} or is not percent-encoded properly
	 */
	static boolean verify(SignedRequest request, AuthorizationHeader authorization, String secretKey) {
		String sdkDate = request.header(DATE_HEADER);
		if (sdkDate == null) {
			throw new MalformedSignatureException("The request has no X-Sdk-Date header");
		}
		String canonicalRequest = canonicalRequest(request, authorization.signedHeaders());
		String expected = sign(secretKey, stringToSign(sdkDate, canonicalRequest));
		return MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				authorization.signature().getBytes(StandardCharsets.US_ASCII));
	}

	/** Method, URI, query, headers, signed header names and payload hash, one per line. */
	static String canonicalRequest(SignedRequest request, List<String> signedHeaders) {
		return String.join("\n", request.method(), canonicalUri(request.rawPath()),
				canonicalQueryString(request.rawQuery()), canonicalHeaders(request, signedHeaders),
				String.join(";", signedHeaders), hashedPayload(request));
	}

	/** The decoded path cut at {@code /} (trailing empty pieces dropped), each piece encoded and ended by {@code /}. */
	static String canonicalUri(String rawPath) {
		String path = PercentEncoding.decode(rawPath, "path");
		if (path.equals("/")) {
			return path;
		}
		StringBuilder uri = new StringBuilder();
		for (String segment : path.split("/")) {
			uri.append(PercentEncoding.encode(segment)).append('/');
		}
		return uri.toString();
	}

	/** The parameters re-encoded as {@code key=value}, sorted by key, values of one key in the order given. */
	static String canonicalQueryString(@Nullable String rawQuery) {
		if (rawQuery == null || rawQuery.isEmpty()) {
			return "";
		}
		SortedMap<String, List<String>> parameters = new TreeMap<>();
		for (String parameter : rawQuery.split("&")) {
			if (!parameter.isEmpty()) {
				int equals = parameter.indexOf('=');
				String key = (equals < 0) ? parameter : parameter.substring(0, equals);
				String value = (equals < 0) ? "" : parameter.substring(equals + 1);
				parameters.computeIfAbsent(requote(key), (k) -> new ArrayList<>()).add(requote(value));
			}
		}
		return parameters.entrySet().stream().flatMap(Signer::pairs).collect(Collectors.joining("&"));
	}

	/** The payload hash the request declares in {@code X-Sdk-Content-Sha256}, else the SHA-256 of its body. */
	static String hashedPayload(SignedRequest request) {
		String declared = request.header(CONTENT_HASH_HEADER);
		return (declared != null) ? declared : sha256Hex(request.body());
	}

	/** The algorithm, the {@code X-Sdk-Date} value and the SHA-256 of the canonical request, one per line. */
	static String stringToSign(String sdkDate, String canonicalRequest) {
		return String.join("\n", ALGORITHM, sdkDate, sha256Hex(canonicalRequest.getBytes(StandardCharsets.UTF_8)));
	}

	/** HMAC-SHA256 of the string to sign, keyed by the secret key's UTF-8 bytes, in lower-case hex. */
	static String sign(String secretKey, String stringToSign) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secretKey.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
			return HexFormat.of().formatHex(mac.doFinal(stringToSign.getBytes(StandardCharsets.UTF_8)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("HmacSHA256 is not available", ex);
		}
	}

	/**
	 * The instant an {@code X-Sdk-Date} value such as {@code 20240101T120000Z} (UTC) names.
	 *
	 * @throws MalformedSignatureException if the value is not a real date in that format
	 */
	static Instant sdkDate(String value) {
		try {
			if (DATE_SHAPE.matcher(value).matches()) {
				return LocalDateTime.parse(value, DATE_FORMAT).toInstant(ZoneOffset.UTC);
			}
		}
		catch (DateTimeParseException ex) {
			// reported below
		}
		throw new MalformedSignatureException("X-Sdk-Date '" + value
				+ "' is not a UTC time in the format yyyyMMdd'T'HHmmss'Z', e.g. 20240101T120000Z");
	}

	private static String canonicalHeaders(SignedRequest request, List<String> signedHeaders) {
		StringBuilder headers = new StringBuilder();
		for (String name : signedHeaders) {
			String value = request.header(name);
			headers.append(name).append(':').append((value != null) ? value : "").append('\n');
		}
		return headers.toString();
	}

	private static String requote(String queryPart) {
		return PercentEncoding.encode(PercentEncoding.decode(queryPart, "query"));
	}

	private static Stream<String> pairs(Map.Entry<String, List<String>> parameter) {
		return parameter.getValue().stream().map((value) -> parameter.getKey() + "=" + value);
	}

	private static String sha256Hex(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
