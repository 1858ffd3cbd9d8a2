package io.cselocal.auth;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.hibernate.validator.constraints.time.DurationMin;
import org.jspecify.annotations.Nullable;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Authentication settings ({@code cselocal.auth.*}): the mode, the IAM users and AK/SK pairs, and the limits the
 * gateway applies. A list that is not configured holds cse-local's documented demo entry; a configured list
 * replaces it entirely. Secrets never appear in {@code toString()}.
 *
 * @param mode {@code permissive} (default) or {@code strict}
 * @param users who may get a token from {@code POST /v3/auth/tokens}; default {@link User#DEMO}
 * @param accessKeys the AK/SK pairs that sign requests; default {@link AccessKey#DEMO}
 * @param projects names of projects, for scoping a token or listing projects by name; a project not listed here is
 * named after the region ({@code cselocal.region})
 * @param tokenLifetime how long a token is valid, by the emulator's clock
 * @param clockSkew how far {@code X-Sdk-Date} may be from the emulator's clock (strict mode)
 * @param lockoutFailures failed signatures in a row that lock an access key (strict mode)
 * @param lockoutDuration how long a locked access key stays locked, by the emulator's clock
 */
@Validated
@ConfigurationProperties("cselocal.auth")
public record AuthProperties(@NotNull @DefaultValue("permissive") AuthMode mode, List<@Valid User> users,
		List<@Valid AccessKey> accessKeys, List<@Valid Project> projects,
		@NotNull @DurationMin(seconds = 1) @DefaultValue("24h") Duration tokenLifetime,
		@NotNull @DurationMin(nanos = 0) @DefaultValue("15m") Duration clockSkew,
		@Min(1) @DefaultValue("5") int lockoutFailures,
		@NotNull @DurationMin(nanos = 0) @DefaultValue("5m") Duration lockoutDuration) {

	/** The project of the demo engine, held by the demo user and the demo access key. */
	public static final String DEMO_PROJECT = "0123456789abcdef0123456789abcdef";

	/** The domain (account) of users configured without one. */
	public static final String DEFAULT_DOMAIN = "cse-local";

	private static final String PROJECT_ID = "[A-Za-z0-9_-]{1,64}";

	private static final String PROJECT_ID_MESSAGE = "must be 1 to 64 letters, digits, hyphens or underscores";

	public AuthProperties {
		users = (users != null) ? List.copyOf(users) : List.of(User.DEMO);
		accessKeys = (accessKeys != null) ? List.copyOf(accessKeys) : List.of(AccessKey.DEMO);
		projects = (projects != null) ? List.copyOf(projects) : List.of();
		requireUnique(users, (user) -> user.domain() + "/" + user.name(), "user (domain/name)");
		requireUnique(accessKeys, AccessKey::accessKey, "access key");
		requireUnique(projects, Project::id, "project id");
	}

	public boolean strict() {
		return this.mode == AuthMode.STRICT;
	}

	private static <T> void requireUnique(List<T> entries, Function<T, @Nullable String> key, String what) {
		Set<String> seen = new HashSet<>();
		for (T entry : entries) {
			String value = (entry != null) ? key.apply(entry) : null;
			if (value != null && !seen.add(value)) {
				throw new IllegalArgumentException("cselocal.auth: the " + what + " '" + value + "' is configured twice");
			}
		}
	}

	/**
	 * An IAM user, who gets tokens with a password.
	 *
	 * @param name the user name
	 * @param password the password (a secret)
	 * @param domain the name of the user's domain (account); {@code cse-local} if not set
	 * @param projects the ids of the projects the user may scope a token to
	 */
	public record User(@NotBlank String name, @NotBlank String password,
			@NotBlank @DefaultValue(DEFAULT_DOMAIN) String domain,
			@NotEmpty List<@NotNull @Pattern(regexp = PROJECT_ID, message = PROJECT_ID_MESSAGE) String> projects) {

		/** The demo user: {@code cse-local} / {@code cse-local-Pass1} in domain {@code cse-local}. */
		public static final User DEMO = new User("cse-local", "cse-local-Pass1", DEFAULT_DOMAIN, List.of(DEMO_PROJECT));

		@Override
		public String toString() {
			return "User[name=" + this.name + ", password=******, domain=" + this.domain + ", projects=" + this.projects
					+ "]";
		}

	}

	/**
	 * An AK/SK pair that signs requests.
	 *
	 * @param accessKey the access key (AK), which names the pair
	 * @param secretKey the secret key (SK), a secret
	 * @param projects the ids of the projects the pair may act on
	 * @param securityToken for temporary credentials: the {@code X-Security-Token} every request with this AK must
	 * carry, signed (a secret); none if not set
	 * @param user the IAM user the pair belongs to, recorded as the creator of jobs; the AK itself if not set
	 */
	public record AccessKey(@NotBlank String accessKey, @NotBlank String secretKey,
			@NotEmpty List<@NotNull @Pattern(regexp = PROJECT_ID, message = PROJECT_ID_MESSAGE) String> projects,
			@Nullable String securityToken, @Nullable String user) {

		/** The demo pair: the SDK reference's {@code AKEXAMPLE0000000000} / {@code SKEXAMPLE000...}. */
		public static final AccessKey DEMO = new AccessKey("AKEXAMPLE0000000000",
				"SKEXAMPLE00000000000000000000000000000000", List.of(DEMO_PROJECT), null, User.DEMO.name());

		/** Whether the pair is temporary: requests must carry its security token. */
		public boolean temporary() {
			return this.securityToken != null && !this.securityToken.isEmpty();
		}

		/** Who signs with this pair: its user, else the AK. */
		public String owner() {
			return (this.user != null && !this.user.isBlank()) ? this.user : this.accessKey;
		}

		@Override
		public String toString() {
			return "AccessKey[accessKey=" + this.accessKey + ", secretKey=******, projects=" + this.projects
					+ ", securityToken=" + (temporary() ? "******" : "none") + ", user=" + this.user + "]";
		}

	}

	/**
	 * A project's name, as IAM scopes and lists projects by name (Huawei Cloud names projects after their region,
	 * e.g. {@code cn-north-4}).
	 *
	 * @param id the project id
	 * @param name the project name; the region if not set
	 */
	public record Project(@NotNull @Pattern(regexp = PROJECT_ID, message = PROJECT_ID_MESSAGE) String id,
			@Nullable @Pattern(regexp = "[A-Za-z0-9_.-]{1,64}",
					message = "must be 1 to 64 letters, digits, dots, hyphens or underscores") String name) {
	}

}
