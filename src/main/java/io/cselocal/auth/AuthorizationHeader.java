package io.cselocal.auth;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An {@code Authorization: SDK-HMAC-SHA256 Access=<AK>, SignedHeaders=<h1;h2>, Signature=<hex>} header. Every
 * instance is well formed; the signature is kept in lower case.
 *
 * @param algorithm always {@code SDK-HMAC-SHA256}
 * @param accessKey the access key (AK), not empty
 * @param signedHeaders the signed header names as given, {@code x-sdk-date} among them
 * @param signature the HMAC-SHA256 as 64 lower-case hex digits
 */
record AuthorizationHeader(String algorithm, String accessKey, List<String> signedHeaders, String signature) {

	private static final Pattern HEX_64 = Pattern.compile("[0-9a-fA-F]{64}");

	private static final List<String> PARTS = List.of("Access", "SignedHeaders", "Signature");

	AuthorizationHeader {
		checkAlgorithm(algorithm);
		check(!accessKey.isEmpty(), "Access= is empty; the access key (AK) is missing");
		check(!signedHeaders.isEmpty(), "SignedHeaders= is empty");
		check(!signedHeaders.contains(""),
				"SignedHeaders= has an empty header name in '" + String.join(";", signedHeaders) + "'");
		check(signedHeaders.stream().anyMatch(Signer.DATE_HEADER::equalsIgnoreCase), "SignedHeaders= must include "
				+ Signer.DATE_HEADER + ", got '" + String.join(";", signedHeaders) + "'");
		check(signature.length() == 64, "Signature= must be 64 hex digits, got " + signature.length() + " characters");
		check(HEX_64.matcher(signature).matches(), "Signature= must contain only the hex digits 0-9 and a-f");
		signedHeaders = List.copyOf(signedHeaders);
		signature = signature.toLowerCase(Locale.ROOT);
	}

	/**
	 * Reads the header value. Spaces around the parts are optional; the parts must be {@code Access},
	 * {@code SignedHeaders} and {@code Signature}, each once, in any order.
	 *
	 * @throws MalformedSignatureException saying what is wrong with the header
	 */
	static AuthorizationHeader parse(String headerValue) {
		String value = headerValue.strip();
		check(!value.isEmpty(), "The Authorization header is empty");
		String[] algorithmAndParts = value.split("\\s+", 2);
		checkAlgorithm(algorithmAndParts[0]);
		Map<String, String> parts = parts((algorithmAndParts.length > 1) ? algorithmAndParts[1] : "");
		return new AuthorizationHeader(algorithmAndParts[0], parts.get("Access"),
				signedHeaders(parts.get("SignedHeaders")), parts.get("Signature"));
	}

	private static Map<String, String> parts(String text) {
		Map<String, String> parts = new LinkedHashMap<>();
		for (String part : text.isEmpty() ? new String[0] : text.split(",", -1)) {
			int equals = part.indexOf('=');
			check(equals > 0, "Authorization part '" + part.strip() + "' is not of the form Name=value");
			String name = part.substring(0, equals).strip();
			check(PARTS.contains(name), "Unknown Authorization part '" + name + "'; expected " + PARTS);
			check(!parts.containsKey(name), "Authorization part " + name + "= appears more than once");
			parts.put(name, part.substring(equals + 1).strip());
		}
		PARTS.forEach((name) -> check(parts.containsKey(name), "The Authorization header has no " + name + "= part"));
		return parts;
	}

	private static List<String> signedHeaders(String names) {
		return names.isEmpty() ? List.of() : Arrays.asList(names.split(";", -1));
	}

	private static void checkAlgorithm(String algorithm) {
		check(Signer.ALGORITHM.equals(algorithm),
				"Unsupported signing algorithm '" + algorithm + "'; only " + Signer.ALGORITHM + " is accepted");
	}

	private static void check(boolean condition, String message) {
		if (!condition) {
			throw new MalformedSignatureException(message);
		}
	}

}
