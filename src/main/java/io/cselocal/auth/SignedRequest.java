package io.cselocal.auth;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.jspecify.annotations.Nullable;

/**
 * The parts of an HTTP request that an SDK-HMAC-SHA256 signature covers, as they came on the wire. Holds an array
 * and a function, so it is a carrier, not a value: two instances are equal only if they share them.
 *
 * @param method the HTTP method, e.g. {@code PUT}
 * @param rawPath the path still percent-encoded, e.g. {@code /v2/P/enginemgr/engines/id%20with%20space+plus}
 * @param rawQuery the query string without {@code ?}, still percent-encoded; {@code null} or empty if none
 * @param headers the first value of a header exactly as sent, by lower-case name; {@code null} when absent (e.g.
 * {@code HttpServletRequest::getHeader})
 * @param body the body bytes after de-chunking; empty when there is none
 */
record SignedRequest(String method, String rawPath, @Nullable String rawQuery,
		Function<String, @Nullable String> headers, byte[] body) {

	/** A request whose headers come from a map; names are matched ignoring case. */
	static SignedRequest of(String method, String rawPath, @Nullable String rawQuery, Map<String, String> headers,
			byte[] body) {
		Map<String, String> byLowerCaseName = new HashMap<>();
		headers.forEach((name, value) -> byLowerCaseName.putIfAbsent(name.toLowerCase(Locale.ROOT), value));
		return new SignedRequest(method, rawPath, rawQuery, byLowerCaseName::get, body);
	}

	/** The first value of a header exactly as sent, or {@code null} when the request does not have it. */
	@Nullable String header(String name) {
		return this.headers.apply(name.toLowerCase(Locale.ROOT));
	}

}
