package io.cselocal.auth;

import io.cselocal.error.CseException;
import io.cselocal.web.Texts;
import org.jspecify.annotations.Nullable;

/**
 * The gateway's answers to bad credentials: 401 {@code APIGW.0301} with the message Huawei Cloud publishes, followed
 * by what exactly was wrong in parentheses; 403 {@code APIGW.0302} for credentials used on another project. No
 * message ever holds a secret (secret key, password, token or security token).
 */
final class AuthFailures {

	static final String SIGNATURE_FAIL = "verify aksk signature fail";

	private AuthFailures() {
	}

	static CseException missing() {
		return CseException.unauthorized("x-auth-token not found");
	}

	static CseException unknownToken() {
		return unauthorized("decrypt token fail",
				"cse-local's IAM did not issue this token, or a reset forgot it; get one with POST /v3/auth/tokens");
	}

	static CseException expiredToken(long expiresAt) {
		return CseException.unauthorized("token expires, expires_at: " + IamTime.format(expiresAt));
	}

	static CseException unknownAccessKey(String accessKey) {
		return unauthorized("Get secretKey failed", "the access key " + Texts.quote(accessKey)
				+ " is not configured in cse-local (cselocal.auth.access-keys)");
	}

	static CseException badSignature(String detail) {
		return unauthorized(SIGNATURE_FAIL, detail);
	}

	static CseException locked(String accessKey, int failures, long lockedUntil) {
		return unauthorized("AK access failed to reach the limit,forbidden", failures + " failed attempts in a row"
				+ " locked the access key " + Texts.quote(accessKey) + " until " + IamTime.format(lockedUntil)
				+ " of the emulator's clock");
	}

	static CseException tokenOnOtherProject(String tokenProject, String projectId) {
		return CseException.forbidden("the token is scoped to project " + Texts.quote(tokenProject) + ", not to project "
				+ Texts.quote(projectId) + placeholderHint(projectId));
	}

	static CseException accessKeyOnOtherProject(String accessKey, String projectId) {
		return CseException.forbidden("the access key " + Texts.quote(accessKey) + " does not hold project "
				+ Texts.quote(projectId) + placeholderHint(projectId));
	}

	private static CseException unauthorized(String published, @Nullable String detail) {
		return CseException.unauthorized(published + ((detail != null) ? " (" + detail + ")" : ""));
	}

	private static String placeholderHint(String projectId) {
		return "{project_id}".equals(projectId) ? "; set the project id on the client's credentials" : "";
	}

}
