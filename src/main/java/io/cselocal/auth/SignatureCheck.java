package io.cselocal.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import io.cselocal.auth.AuthProperties.AccessKey;
import io.cselocal.clock.EmulatorClock;
import io.cselocal.error.CseException;
import io.cselocal.web.ApiRequest;
import io.cselocal.web.Texts;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Checks an {@code SDK-HMAC-SHA256} AK/SK signature. A signature with a configured access key is verified in both
 * modes; strict mode also refuses unknown keys, stale {@code X-Sdk-Date}s, wrong security tokens and projects the
 * key does not hold, and locks a key after repeated failures.
 */
@Component
class SignatureCheck {

	static final String SECURITY_TOKEN_HEADER = "X-Security-Token";

	private final Directory directory;

	private final AccessKeyLockouts lockouts;

	private final AuthProperties settings;

	private final EmulatorClock clock;

	SignatureCheck(Directory directory, AccessKeyLockouts lockouts, AuthProperties settings, EmulatorClock clock) {
		this.directory = directory;
		this.lockouts = lockouts;
		this.settings = settings;
		this.clock = clock;
	}

	/** Whether an {@code Authorization} header means to be an AK/SK signature (of any algorithm). */
	static boolean isSignature(String authorization) {
		return authorization.startsWith("SDK-");
	}

	/**
	 * The caller the signature identifies.
	 *
	 * @param projectId the project the request acts on, {@code null} if it acts on none
	 */
	Caller check(ApiRequest request, String authorization, @Nullable String projectId) {
		AuthorizationHeader header = parse(authorization);
		AccessKey key = this.directory.accessKey(header.accessKey()).orElse(null);
		if (key == null) {
			if (this.settings.strict()) {
				throw AuthFailures.unknownAccessKey(header.accessKey());
			}
			sdkDate(request);
			return new Caller(header.accessKey());
		}
		long now = this.clock.now();
		if (!this.settings.strict()) {
			verifySignature(request, header, key);
			return caller(key);
		}
		requireUnlocked(key, now);
		try {
			verifyStrictly(request, header, key, now);
		}
		catch (CseException failure) {
			this.lockouts.recordFailure(key.accessKey(), this.settings.lockoutFailures(),
					now + this.settings.lockoutDuration().toMillis());
			throw failure;
		}
		this.lockouts.recordSuccess(key.accessKey());
		if (projectId != null && !key.projects().contains(projectId)) {
			throw AuthFailures.accessKeyOnOtherProject(key.accessKey(), projectId);
		}
		return caller(key);
	}

	private void requireUnlocked(AccessKey key, long now) {
		this.lockouts.lockedUntil(key.accessKey(), now).ifPresent((until) -> {
			throw AuthFailures.locked(key.accessKey(), this.settings.lockoutFailures(), until);
		});
	}

	/**
	 * Strict checks. {@code X-Sdk-Date} must be near the emulator's time; since clients sign with their own clocks,
	 * a date near the machine's time is accepted too, so that moving the emulator's clock never locks them out.
	 */
	private void verifyStrictly(ApiRequest request, AuthorizationHeader header, AccessKey key, long now) {
		verifySecurityToken(request, header, key);
		Instant date = verifySignature(request, header, key);
		Duration skew = Duration.ofMillis(Math.min(Math.abs(date.toEpochMilli() - now),
				Math.abs(date.toEpochMilli() - this.clock.machineNow())));
		if (skew.compareTo(this.settings.clockSkew()) > 0) {
			throw AuthFailures.badSignature("X-Sdk-Date " + request.originalHeader(Signer.DATE_HEADER) + " is "
					+ describe(skew) + " away from the emulator's time " + IamTime.format(now)
					+ " and from the machine's time " + IamTime.format(this.clock.machineNow())
					+ "; it must be within " + describe(this.settings.clockSkew()) + " of either");
		}
	}

	private static void verifySecurityToken(ApiRequest request, AuthorizationHeader header, AccessKey key) {
		String sent = request.originalHeader(SECURITY_TOKEN_HEADER);
		String configured = key.temporary() ? key.securityToken() : null;
		String ak = Texts.quote(key.accessKey());
		if (configured == null) {
			if (sent != null) {
				throw AuthFailures.badSignature("the request carries an X-Security-Token, but the access key " + ak
						+ " is not configured as temporary credentials");
			}
			return;
		}
		if (sent == null) {
			throw AuthFailures.badSignature("the access key " + ak + " is temporary: the request must carry its "
					+ "X-Security-Token");
		}
		if (header.signedHeaders().stream().noneMatch("x-security-token"::equalsIgnoreCase)) {
			throw AuthFailures.badSignature("X-Security-Token must be among the SignedHeaders");
		}
		if (!Secrets.equal(configured, sent)) {
			throw AuthFailures.badSignature("the X-Security-Token is not the one of the access key " + ak);
		}
	}

	/** Verifies the signature with the pair's secret key, and answers the request's {@code X-Sdk-Date}. */
	private static Instant verifySignature(ApiRequest request, AuthorizationHeader header, AccessKey key) {
		Instant date = sdkDate(request);
		try {
			if (!Signer.verify(signedRequest(request), header, key.secretKey())) {
				throw AuthFailures.badSignature("the signature does not match the request signed with the secret key"
						+ " of the access key " + Texts.quote(key.accessKey()));
			}
		}
		catch (MalformedSignatureException malformed) {
			throw AuthFailures.badSignature(malformed.getMessage());
		}
		return date;
	}

	private static Instant sdkDate(ApiRequest request) {
		String value = request.originalHeader(Signer.DATE_HEADER);
		try {
			if (value == null) {
				throw new MalformedSignatureException("The request has no X-Sdk-Date header");
			}
			return Signer.sdkDate(value);
		}
		catch (MalformedSignatureException malformed) {
			throw AuthFailures.badSignature(malformed.getMessage());
		}
	}

	private static AuthorizationHeader parse(String authorization) {
		try {
			return AuthorizationHeader.parse(authorization);
		}
		catch (MalformedSignatureException malformed) {
			throw AuthFailures.badSignature(malformed.getMessage());
		}
	}

	/** The request as it came on the wire: raw path and query, original headers, the de-chunked body. */
	static SignedRequest signedRequest(ApiRequest request) {
		return new SignedRequest(request.getMethod(), request.getRequestURI(), request.getQueryString(),
				request::originalHeader, request.body());
	}

	private Caller caller(AccessKey key) {
		return new Caller(key.owner(), this.directory.domainOf(key), Set.copyOf(key.projects()));
	}

	private static String describe(Duration duration) {
		long seconds = duration.toSeconds();
		return (seconds % 60 == 0) ? (seconds / 60) + " minutes" : seconds + " seconds";
	}

}
