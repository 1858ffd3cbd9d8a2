package io.cselocal.auth;

import io.cselocal.web.ApiRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Decides whether a request to the emulated API carries acceptable credentials, as the API gateway does before
 * CSE sees it: an {@code X-Auth-Token}, or an {@code Authorization: SDK-HMAC-SHA256 ...} AK/SK signature. How
 * strictly depends on {@code cselocal.auth.mode}.
 */
@Component
class Authenticator {

	static final String TOKEN_HEADER = "X-Auth-Token";

	private final TokenCheck tokens;

	private final SignatureCheck signatures;

	Authenticator(TokenCheck tokens, SignatureCheck signatures) {
		this.tokens = tokens;
		this.signatures = signatures;
	}

	Caller authenticate(ApiRequest request) {
		String projectId = projectOf(request.getRequestURI());
		String token = request.originalHeader(TOKEN_HEADER);
		if (token != null && !token.isBlank()) {
			return this.tokens.check(token, projectId);
		}
		String authorization = request.originalHeader("Authorization");
		if (authorization != null && SignatureCheck.isSignature(authorization)) {
			return this.signatures.check(request, authorization, projectId);
		}
		throw AuthFailures.missing();
	}

	/** The project of a CSE path {@code /v2/{project_id}/...}, decoded; {@code null} for other paths. */
	static @Nullable String projectOf(String rawPath) {
		if (!rawPath.startsWith("/v2/")) {
			return null;
		}
		int end = rawPath.indexOf('/', 4);
		String segment = rawPath.substring(4, (end < 0) ? rawPath.length() : end);
		try {
			return PercentEncoding.decode(segment, "path");
		}
		catch (MalformedSignatureException undecodable) {
			return segment;
		}
	}

}
