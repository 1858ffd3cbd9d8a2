package io.cselocal.auth;

import io.cselocal.error.CseException;
import io.cselocal.web.ApiRequest;

import org.springframework.stereotype.Component;

/**
 * Decides whether a request to the CSE API carries credentials, as the API gateway does before CSE sees it: an
 * {@code X-Auth-Token}, or an {@code Authorization: SDK-HMAC-SHA256 ...} AK/SK signature.
 */
@Component
class Authenticator {

	static final String TOKEN_HEADER = "X-Auth-Token";

	static final String SIGNATURE_SCHEME = "SDK-HMAC-SHA256 ";

	Caller authenticate(ApiRequest request) {
		String token = request.originalHeader(TOKEN_HEADER);
		if (token != null && !token.isBlank()) {
			return Caller.ANONYMOUS;
		}
		String authorization = request.originalHeader("Authorization");
		if (authorization != null && authorization.startsWith(SIGNATURE_SCHEME)) {
			return new Caller(accessKey(authorization));
		}
		throw CseException.unauthorized("x-auth-token not found");
	}

	private static String accessKey(String authorization) {
		int start = authorization.indexOf("Access=");
		if (start < 0) {
			return Caller.ANONYMOUS.name();
		}
		int end = authorization.indexOf(',', start);
		return authorization.substring(start + "Access=".length(), (end < 0) ? authorization.length() : end).strip();
	}

}
