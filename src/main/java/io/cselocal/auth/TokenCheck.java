package io.cselocal.auth;

import java.util.Optional;

import io.cselocal.clock.EmulatorClock;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/** Checks an {@code X-Auth-Token}: in strict mode it must be one IAM issued, unexpired, used on its own project. */
@Component
class TokenCheck {

	private final IssuedTokens tokens;

	private final AuthProperties settings;

	private final EmulatorClock clock;

	TokenCheck(IssuedTokens tokens, AuthProperties settings, EmulatorClock clock) {
		this.tokens = tokens;
		this.settings = settings;
		this.clock = clock;
	}

	/**
	 * The caller the token identifies.
	 *
	 * @param projectId the project the request acts on, {@code null} if it acts on none
	 */
	Caller check(String token, @Nullable String projectId) {
		Optional<IssuedToken> issued = this.tokens.find(token);
		if (!this.settings.strict()) {
			return issued.map(IssuedToken::caller).orElse(Caller.ANONYMOUS);
		}
		IssuedToken valid = issued.orElseThrow(AuthFailures::unknownToken);
		if (valid.expiresAt() <= this.clock.now()) {
			throw AuthFailures.expiredToken(valid.expiresAt());
		}
		if (projectId != null && !valid.projectId().equals(projectId)) {
			throw AuthFailures.tokenOnOtherProject(valid.projectId(), projectId);
		}
		return valid.caller();
	}

}
