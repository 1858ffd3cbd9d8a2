package io.cselocal.auth;

import java.time.Duration;
import java.time.Instant;

import com.jayway.jsonpath.JsonPath;
import io.cselocal.CseLocalTest;
import io.cselocal.StrictAuth;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.cselocal.StrictAuth.ALICE_PASSWORD;
import static io.cselocal.StrictAuth.OTHER_PROJECT;
import static org.assertj.core.api.Assertions.assertThat;

/** Tokens in strict mode: only IAM's own, unexpired, on their own project. */
@CseLocalTest
@StrictAuth
class StrictTokenTests extends AuthTestSupport {

	private static final String PREFIX = "Incorrect IAM authentication information: ";

	@Test
	void aTokenOfIamShouldUpgradeAndNameItsUserAsTheJobsCreator() {
		String token = token("acme", "alice", ALICE_PASSWORD, PROJECT);

		MvcTestResult upgraded = withToken("PUT", DEMO + "/upgrade", UPGRADE_BODY, token);

		assertThat(upgraded).hasStatusOk();
		assertThat(this.jdbc.sql("SELECT create_user FROM jobs ORDER BY id DESC").query(String.class).list())
			.first()
			.isEqualTo("alice");
	}

	@Test
	void aTokenOnAnotherProjectShouldAnswer403AndChangeNothing() {
		String token = token("acme", "alice", ALICE_PASSWORD, OTHER_PROJECT);

		assertGatewayError(withToken("PUT", DEMO + "/upgrade", UPGRADE_BODY, token), 403, "APIGW.0302",
				"The IAM user is not authorized to access the API: the token is scoped to project '" + OTHER_PROJECT
						+ "', not to project '" + PROJECT + "'");
		assertDemoEngineUntouched();
	}

	@Test
	void aTokenShouldWorkUntilItExpiresAfter24HoursOfTheEmulatorsClock() {
		MvcTestResult issued = this.mvc.post()
			.uri("/v3/auth/tokens")
			.content(tokenRequest("cse-local", "cse-local", "cse-local-Pass1", "\"name\":\"cn-north-4\""))
			.exchange();
		String token = issued.getResponse().getHeader("X-Subject-Token");
		String expiresAt = JsonPath.read(text(issued), "$.token.expires_at");
		assertThat(Duration.between(Instant.ofEpochMilli(this.clock.now()), Instant.parse(expiresAt)))
			.isBetween(Duration.ofHours(24).minusSeconds(5), Duration.ofHours(24));

		this.clock.advance(Duration.ofHours(24).minusSeconds(10));
		assertThat(withToken("GET", DEMO, "", token)).hasStatusOk();
		this.clock.advance(Duration.ofSeconds(10));

		assertGatewayError(withToken("PUT", DEMO + "/upgrade", UPGRADE_BODY, token), 401, "APIGW.0301",
				PREFIX + "token expires, expires_at: " + expiresAt);
		assertDemoEngineUntouched();
	}

	@Test
	void aTokenIamDidNotIssueShouldAnswer401DecryptTokenFail() {
		assertGatewayError(withToken("PUT", DEMO + "/upgrade", UPGRADE_BODY, "MIIgarbage"), 401, "APIGW.0301",
				PREFIX + "decrypt token fail (cse-local's IAM did not issue this token, or a reset forgot it; get one "
						+ "with POST /v3/auth/tokens)");
		assertDemoEngineUntouched();
	}

	@Test
	void aTokenForgottenByAResetShouldAnswer401DecryptTokenFail() {
		String token = token("cse-local", "cse-local", "cse-local-Pass1", PROJECT);
		assertThat(withToken("GET", DEMO, "", token)).hasStatusOk();

		this.startup.reset();

		assertThat(withToken("GET", DEMO, "", token)).hasStatus(401).bodyJson()
			.extractingPath("$.error_msg").asString().startsWith(PREFIX + "decrypt token fail");
	}

	@Test
	void aTokenAlterationShouldNotBeAccepted() {
		String token = token("cse-local", "cse-local", "cse-local-Pass1", PROJECT);

		assertThat(withToken("GET", DEMO, "", token + "A")).hasStatus(401);
		assertThat(withToken("GET", DEMO, "", token.substring(1))).hasStatus(401);
		assertThat(withToken("GET", DEMO, "", " " + token)).hasStatus(401);
	}

	@Test
	void noCredentialsShouldStillAnswer401TokenNotFound() {
		assertGatewayError(send("PUT", DEMO + "/upgrade", UPGRADE_BODY, java.util.Map.of()), 401, "APIGW.0301",
				PREFIX + "x-auth-token not found");
		assertDemoEngineUntouched();
	}

}
