package io.cselocal.auth;

import java.time.Duration;
import java.util.Map;

import io.cselocal.CseLocalTest;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The default, permissive mode: any non-empty token and any well-formed signature get through, but a signature made
 * with a configured access key is verified, so a client signing wrongly with a known key learns it.
 */
@CseLocalTest
class PermissiveAuthenticationTests extends AuthTestSupport {

	private static final String PREFIX = "Incorrect IAM authentication information: ";

	@Test
	void theDemoKeyWithAWrongSignatureShouldAnswer401AndChangeNothing() {
		assertGatewayError(signed("PUT", DEMO + "/upgrade", UPGRADE_BODY, DEMO_AK, "SKWRONG"), 401, "APIGW.0301",
				PREFIX + "verify aksk signature fail (the signature does not match the request signed with the "
						+ "secret key of the access key 'AKEXAMPLE0000000000')");
		assertDemoEngineUntouched();
	}

	@Test
	void theDemoKeyWithARightSignatureShouldUpgradeAsTheDemoUser() {
		assertThat(signed("PUT", DEMO + "/upgrade", UPGRADE_BODY, DEMO_AK, DEMO_SK)).hasStatusOk();
		assertThat(this.jdbc.sql("SELECT create_user FROM jobs ORDER BY id DESC").query(String.class).list())
			.first()
			.isEqualTo("cse-local");
	}

	@Test
	void theDemoKeyShouldNotBeHeldToTheSdkDateWindowNorToItsProjects() {
		String yesterday = Signatures.sdkDate(this.clock.now() - Duration.ofDays(1).toMillis());
		assertThat(signed("GET", DEMO, "", DEMO_AK, DEMO_SK, Map.of("X-Sdk-Date", yesterday))).hasStatusOk();
		assertError(signed("GET", "/v2/other-project/enginemgr/engines/" + ENGINE, "", DEMO_AK, DEMO_SK), 400,
				"SVCSTG.00501116", "Failed to find the engine instance.");
	}

	@Test
	void anUnknownKeyWithAnyWellFormedSignatureShouldBeAcceptedAndNamedByItsAccessKey() {
		MvcTestResult upgraded = send("PUT", DEMO + "/upgrade", UPGRADE_BODY, Map.of("Authorization",
				"SDK-HMAC-SHA256 Access=AKMINE, SignedHeaders=x-sdk-date, Signature=" + "a".repeat(64), "X-Sdk-Date",
				"20200101T000000Z"));

		assertThat(upgraded).hasStatusOk();
		assertThat(this.jdbc.sql("SELECT create_user FROM jobs ORDER BY id DESC").query(String.class).list())
			.first()
			.isEqualTo("AKMINE");
	}

	@Test
	void anUnknownKeyWithoutAnSdkDateShouldAnswer401() {
		assertGatewayError(send("GET", DEMO, "", Map.of("Authorization",
				"SDK-HMAC-SHA256 Access=AKMINE, SignedHeaders=x-sdk-date, Signature=" + "a".repeat(64))), 401,
				"APIGW.0301", PREFIX + "verify aksk signature fail (The request has no X-Sdk-Date header)");
	}

	@Test
	void aMalformedSignatureShouldSayWhatIsWrong() {
		assertGatewayError(send("GET", DEMO, "", Map.of("Authorization",
				"SDK-HMAC-SHA256 Access=AKMINE, SignedHeaders=host, Signature=" + "a".repeat(64), "X-Sdk-Date",
				"20200101T000000Z")), 401, "APIGW.0301",
				PREFIX + "verify aksk signature fail (SignedHeaders= must include x-sdk-date, got 'host')");
	}

	@Test
	void anotherSigningAlgorithmShouldSayWhichOneIsAccepted() {
		assertGatewayError(send("GET", DEMO, "", Map.of("Authorization", "SDK-HMAC-SM3 Access=AK, "
				+ "SignedHeaders=x-sdk-date, Signature=" + "a".repeat(64))), 401, "APIGW.0301",
				PREFIX + "verify aksk signature fail (Unsupported signing algorithm 'SDK-HMAC-SM3'; only "
						+ "SDK-HMAC-SHA256 is accepted)");
	}

	@Test
	void anyTokenShouldBeAcceptedEvenExpiredOrOnAnotherProject() {
		assertThat(withToken("GET", DEMO, "", "anything")).hasStatusOk();
		String token = token("cse-local", "cse-local", "cse-local-Pass1", PROJECT);
		this.clock.advance(Duration.ofDays(2));
		assertThat(withToken("PUT", DEMO + "/upgrade", UPGRADE_BODY, token)).hasStatusOk();
		assertThat(this.jdbc.sql("SELECT create_user FROM jobs ORDER BY id DESC").query(String.class).list())
			.first()
			.isEqualTo("cse-local");
	}

	@Test
	void failuresShouldNotLockAKey() {
		for (int failure = 1; failure <= 6; failure++) {
			assertThat(signed("GET", DEMO, "", DEMO_AK, "wrong")).hasStatus(401);
		}
		assertThat(signed("GET", DEMO, "", DEMO_AK, DEMO_SK)).hasStatusOk();
	}

	@Test
	void securityTokensShouldNotBeCheckedForAKnownKey() {
		assertThat(signed("GET", DEMO, "", DEMO_AK, DEMO_SK, Map.of("X-Security-Token", "TEMPTOKEN123"))).hasStatusOk();
	}

}
