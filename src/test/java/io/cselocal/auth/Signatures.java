package io.cselocal.auth;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** Signs requests for tests as the SDK does, with {@link Signer}'s canonical request. */
public final class Signatures {

	private static final DateTimeFormatter SDK_DATE = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss'Z'")
		.withZone(ZoneOffset.UTC);

	private Signatures() {
	}

	/** An {@code X-Sdk-Date} value for the instant. */
	public static String sdkDate(long epochMillis) {
		return SDK_DATE.format(Instant.ofEpochMilli(epochMillis));
	}

	/**
	 * The {@code Authorization} header value that signs the request with every header in {@code headers}.
	 *
	 * @param rawPath the path as sent (percent-encoded)
	 * @param rawQuery the query as sent, or {@code null}
	 */
	public static String authorization(String accessKey, String secretKey, String method, String rawPath,
			@Nullable String rawQuery, Map<String, String> headers, String body) {
		List<String> signed = headers.keySet().stream().map((name) -> name.toLowerCase(Locale.ROOT)).sorted().toList();
		SignedRequest request = SignedRequest.of(method, rawPath, rawQuery, headers,
				body.getBytes(StandardCharsets.UTF_8));
		String stringToSign = Signer.stringToSign(headers.entrySet()
			.stream()
			.filter((header) -> header.getKey().equalsIgnoreCase(Signer.DATE_HEADER))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElseThrow(), Signer.canonicalRequest(request, signed));
		return "SDK-HMAC-SHA256 Access=" + accessKey + ", SignedHeaders=" + String.join(";", signed) + ", Signature="
				+ Signer.sign(secretKey, stringToSign);
	}

}
