package io.cselocal.auth;

import java.util.Map;

import io.cselocal.CseLocalTest;
import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.SystemEnvironmentPropertySource;
import org.springframework.test.context.ContextConfiguration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole application configured through environment variables as the README shows them (here put in front of
 * the real environment): strict mode, a user and an access key of the team's own, which replace the demo ones.
 */
@CseLocalTest
@ContextConfiguration(initializers = EnvironmentConfigurationTests.Variables.class)
class EnvironmentConfigurationTests extends AuthTestSupport {

	@Test
	void theUserFromTheEnvironmentShouldGetATokenThatWorksOnItsProject() {
		String token = token("team", "ci-bot", "ci-Pass-123", PROJECT);

		assertThat(withToken("PUT", DEMO + "/upgrade", UPGRADE_BODY, token)).hasStatusOk();
	}

	@Test
	void theKeyFromTheEnvironmentShouldSignInStrictMode() {
		assertThat(signed("GET", DEMO, "", "AKTEAM", "SKTEAM-0123456789")).hasStatusOk();
		assertThat(signed("GET", DEMO, "", "AKTEAM", "SKTEAM-wrong")).hasStatus(401);
	}

	@Test
	void theDemoCredentialsShouldBeReplaced() {
		assertThat(signed("GET", DEMO, "", DEMO_AK, DEMO_SK)).bodyJson()
			.extractingPath("$.error_msg")
			.asString()
			.startsWith("Incorrect IAM authentication information: Get secretKey failed");
		assertThat(this.mvc.post()
			.uri("/v3/auth/tokens")
			.content(tokenRequest("cse-local", "cse-local", "cse-local-Pass1", "\"id\":\"" + PROJECT + "\""))
			.exchange()).hasStatus(401);
	}

	/**
	 * Environment variables, as a shell or a container would set them. Spring maps {@code CSELOCAL_AUTH_...} names
	 * only for sources named like the real environment ({@code ...-systemEnvironment}).
	 */
	static class Variables implements ApplicationContextInitializer<ConfigurableApplicationContext> {

		@Override
		public void initialize(ConfigurableApplicationContext context) {
			context.getEnvironment()
				.getPropertySources()
				.addFirst(new SystemEnvironmentPropertySource("team-systemEnvironment", Map.of("CSELOCAL_AUTH_MODE", "strict",
						"CSELOCAL_AUTH_USERS_0_NAME", "ci-bot", "CSELOCAL_AUTH_USERS_0_PASSWORD", "ci-Pass-123",
						"CSELOCAL_AUTH_USERS_0_DOMAIN", "team", "CSELOCAL_AUTH_USERS_0_PROJECTS", PROJECT,
						"CSELOCAL_AUTH_ACCESSKEYS_0_ACCESSKEY", "AKTEAM", "CSELOCAL_AUTH_ACCESSKEYS_0_SECRETKEY",
						"SKTEAM-0123456789", "CSELOCAL_AUTH_ACCESSKEYS_0_PROJECTS", PROJECT)));
		}

	}

}
