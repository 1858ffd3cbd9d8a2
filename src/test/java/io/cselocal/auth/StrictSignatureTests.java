package io.cselocal.auth;

import java.time.Duration;
import java.util.Map;

import com.jayway.jsonpath.JsonPath;
import io.cselocal.CseLocalTest;
import io.cselocal.StrictAuth;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static io.cselocal.StrictAuth.OTHER_AK;
import static io.cselocal.StrictAuth.OTHER_PROJECT;
import static io.cselocal.StrictAuth.OTHER_SK;
import static io.cselocal.StrictAuth.TEMP_AK;
import static io.cselocal.StrictAuth.TEMP_SK;
import static io.cselocal.StrictAuth.TEMP_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

/** AK/SK signatures in strict mode: every branch of the gateway's check, and that a refusal changes nothing. */
@CseLocalTest
@StrictAuth
@ExtendWith(OutputCaptureExtension.class)
class StrictSignatureTests extends AuthTestSupport {

	private static final String PREFIX = "Incorrect IAM authentication information: ";

	private static final String MISMATCH = PREFIX + "verify aksk signature fail (the signature does not match the "
			+ "request signed with the secret key of the access key 'AKEXAMPLE0000000000')";

	@Test
	void aRightSignatureShouldUpgradeAndNameTheKeysUserAsTheJobsCreator() {
		MvcTestResult upgraded = signed("PUT", DEMO + "/upgrade", UPGRADE_BODY, DEMO_AK, DEMO_SK);

		assertThat(upgraded).hasStatusOk();
		int jobId = JsonPath.read(text(upgraded), "$.jobId");
		assertThat(signed("GET", DEMO + "/jobs/" + jobId, "", DEMO_AK, DEMO_SK)).bodyJson()
			.extractingPath("$.createUser")
			.isEqualTo("cse-local");
	}

	@Test
	void aKeyOfNoConfiguredUserShouldBeNamedByItsAccessKey() {
		MvcTestResult upgraded = signed("PUT", DEMO + "/upgrade", UPGRADE_BODY, TEMP_AK, TEMP_SK,
				Map.of("X-Security-Token", TEMP_TOKEN));

		assertThat(upgraded).hasStatusOk();
		assertThat(this.jdbc.sql("SELECT create_user FROM jobs ORDER BY id DESC").query(String.class).list())
			.first()
			.isEqualTo("temp-user");
	}

	@Test
	void aWrongSecretKeyShouldAnswer401AndChangeNothing() {
		assertGatewayError(signed("PUT", DEMO + "/upgrade", UPGRADE_BODY, DEMO_AK, DEMO_SK + "x"), 401, "APIGW.0301",
				MISMATCH);
		assertDemoEngineUntouched();
	}

	@Test
	void aReadWithAWrongSecretKeyShouldAnswer401() {
		assertGatewayError(signed("GET", DEMO, "", DEMO_AK, OTHER_SK), 401, "APIGW.0301", MISMATCH);
	}

	@Test
	void aBodyChangedAfterSigningShouldAnswer401AndChangeNothing() {
		Map<String, String> headers = Map.of("Host", "localhost", "X-Sdk-Date", Signatures.sdkDate(this.clock.now()));
		String authorization = Signatures.authorization(DEMO_AK, DEMO_SK, "PUT", DEMO + "/upgrade", null, headers,
				"{\"version\":\"2.3.4\"}");

		assertGatewayError(send("PUT", DEMO + "/upgrade", UPGRADE_BODY, withHeader(headers, "Authorization",
				authorization)), 401, "APIGW.0301", MISMATCH);
		assertDemoEngineUntouched();
	}

	@Test
	void anUnknownAccessKeyShouldAnswer401GetSecretKeyFailed() {
		assertGatewayError(signed("PUT", DEMO + "/upgrade", UPGRADE_BODY, "AKUNKNOWN", DEMO_SK), 401, "APIGW.0301",
				PREFIX + "Get secretKey failed (the access key 'AKUNKNOWN' is not configured in cse-local "
						+ "(cselocal.auth.access-keys))");
		assertDemoEngineUntouched();
	}

	@Test
	void aKeyOnAProjectItDoesNotHoldShouldAnswer403AndChangeNothing() {
		assertGatewayError(signed("PUT", DEMO + "/upgrade", UPGRADE_BODY, OTHER_AK, OTHER_SK), 403, "APIGW.0302",
				"The IAM user is not authorized to access the API: the access key 'AKOTHER000000000000' does not hold "
						+ "project '" + PROJECT + "'");
		assertDemoEngineUntouched();
	}

	@Test
	void aKeyOnItsOwnProjectShouldGetThroughToCse() {
		assertError(signed("GET", "/v2/" + OTHER_PROJECT + "/enginemgr/engines/" + ENGINE, "", OTHER_AK, OTHER_SK),
				400, "SVCSTG.00501116", "Failed to find the engine instance.");
	}

	@Test
	void theProjectPlaceholderShouldAnswer403WithAHint() {
		assertGatewayError(signed("GET", "/v2/%7Bproject_id%7D/enginemgr/engines/" + ENGINE, "", DEMO_AK, DEMO_SK),
				403, "APIGW.0302", "The IAM user is not authorized to access the API: the access key "
						+ "'AKEXAMPLE0000000000' does not hold project '{project_id}'; set the project id on the "
						+ "client's credentials");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			SDK-HMAC-SHA256 Access=AKEXAMPLE0000000000, SignedHeaders=host;x-sdk-date  | The Authorization header has no Signature= part
			SDK-HMAC-SHA256 Access=AKEXAMPLE0000000000, SignedHeaders=host, Signature=%s | SignedHeaders= must include x-sdk-date, got 'host'
			SDK-HMAC-SHA256 Access=, SignedHeaders=x-sdk-date, Signature=%s              | Access= is empty; the access key (AK) is missing
			SDK-HMAC-SM3 Access=AKEXAMPLE0000000000, SignedHeaders=x-sdk-date, Signature=%s | Unsupported signing algorithm 'SDK-HMAC-SM3'; only SDK-HMAC-SHA256 is accepted
			SDK-HMAC-SHA256 Access=AKEXAMPLE0000000000, SignedHeaders=x-sdk-date, Signature=xyz | Signature= must be 64 hex digits, got 3 characters
			""")
	void aMalformedAuthorizationShouldSayWhatIsWrong(String authorization, String problem) {
		Map<String, String> headers = Map.of("Authorization", authorization.formatted("0".repeat(64)), "X-Sdk-Date",
				Signatures.sdkDate(this.clock.now()));
		assertGatewayError(send("PUT", DEMO + "/upgrade", UPGRADE_BODY, headers), 401, "APIGW.0301",
				PREFIX + "verify aksk signature fail (" + problem + ")");
		assertDemoEngineUntouched();
	}

	@Test
	void aSignatureWithoutItsSdkDateHeaderShouldSaySo() {
		Map<String, String> headers = Map.of("Host", "localhost", "X-Sdk-Date", Signatures.sdkDate(this.clock.now()));
		String authorization = Signatures.authorization(DEMO_AK, DEMO_SK, "GET", DEMO, null, headers, "");

		assertGatewayError(send("GET", DEMO, "", Map.of("Host", "localhost", "Authorization", authorization)), 401,
				"APIGW.0301", PREFIX + "verify aksk signature fail (The request has no X-Sdk-Date header)");
	}

	@Test
	void aMalformedSdkDateShouldSaySo() {
		assertGatewayError(signed("GET", DEMO, "", DEMO_AK, DEMO_SK, Map.of("X-Sdk-Date", "2024-01-01T12:00:00Z")),
				401, "APIGW.0301", PREFIX + "verify aksk signature fail (X-Sdk-Date '2024-01-01T12:00:00Z' is not a "
						+ "UTC time in the format yyyyMMdd'T'HHmmss'Z', e.g. 20240101T120000Z)");
	}

	@ParameterizedTest
	@ValueSource(longs = { -16, 16, -60 * 24 })
	void anSdkDateMoreThan15MinutesFromBothClocksShouldAnswer401(long minutes) {
		long from = (minutes < 0) ? Math.min(this.clock.now(), this.clock.machineNow())
				: Math.max(this.clock.now(), this.clock.machineNow());
		String date = Signatures.sdkDate(from + Duration.ofMinutes(minutes).toMillis());

		MvcTestResult result = signed("PUT", DEMO + "/upgrade", UPGRADE_BODY, DEMO_AK, DEMO_SK,
				Map.of("X-Sdk-Date", date));

		assertThat(result).hasStatus(401).bodyJson().extractingPath("$.error_msg").asString()
			.startsWith(PREFIX + "verify aksk signature fail (X-Sdk-Date " + date + " is ")
			.contains(" away from the emulator's time ")
			.contains(" and from the machine's time ")
			.endsWith("; it must be within 15 minutes of either)");
		assertDemoEngineUntouched();
	}

	@ParameterizedTest
	@ValueSource(longs = { -14, 14 })
	void anSdkDateWithin15MinutesShouldBeAccepted(long minutes) {
		String date = Signatures.sdkDate(this.clock.now() + Duration.ofMinutes(minutes).toMillis());
		assertThat(signed("GET", DEMO, "", DEMO_AK, DEMO_SK, Map.of("X-Sdk-Date", date))).hasStatusOk();
	}

	@Test
	void afterTheEmulatorsClockMovedAClientSigningWithItsOwnClockShouldStillBeAccepted() {
		this.clock.advance(Duration.ofHours(2));

		assertThat(signed("GET", DEMO, "", DEMO_AK, DEMO_SK)).hasStatusOk();
		String machineNow = Signatures.sdkDate(this.clock.machineNow());
		assertThat(signed("GET", DEMO, "", DEMO_AK, DEMO_SK, Map.of("X-Sdk-Date", machineNow))).hasStatusOk();
	}

	@Test
	void temporaryCredentialsWithTheirSignedSecurityTokenShouldBeAccepted() {
		assertThat(signed("PUT", DEMO + "/upgrade", UPGRADE_BODY, TEMP_AK, TEMP_SK,
				Map.of("X-Security-Token", TEMP_TOKEN))).hasStatusOk();
	}

	@Test
	void temporaryCredentialsWithoutTheirSecurityTokenShouldAnswer401() {
		assertGatewayError(signed("PUT", DEMO + "/upgrade", UPGRADE_BODY, TEMP_AK, TEMP_SK), 401, "APIGW.0301",
				PREFIX + "verify aksk signature fail (the access key 'AKTEMPORARY00000000' is temporary: the "
						+ "request must carry its X-Security-Token)");
		assertDemoEngineUntouched();
	}

	@Test
	void temporaryCredentialsWithAnotherSecurityTokenShouldAnswer401WithoutEchoingIt() {
		MvcTestResult result = signed("PUT", DEMO + "/upgrade", UPGRADE_BODY, TEMP_AK, TEMP_SK,
				Map.of("X-Security-Token", TEMP_TOKEN + "x"));

		assertGatewayError(result, 401, "APIGW.0301", PREFIX + "verify aksk signature fail (the X-Security-Token is "
				+ "not the one of the access key 'AKTEMPORARY00000000')");
		assertDemoEngineUntouched();
	}

	@Test
	void aSecurityTokenThatIsNotSignedShouldAnswer401() {
		Map<String, String> headers = Map.of("Host", "localhost", "X-Sdk-Date", Signatures.sdkDate(this.clock.now()));
		String authorization = Signatures.authorization(TEMP_AK, TEMP_SK, "GET", DEMO, null, headers, "");
		Map<String, String> sent = withHeader(withHeader(headers, "Authorization", authorization), "X-Security-Token",
				TEMP_TOKEN);

		assertGatewayError(send("GET", DEMO, "", sent), 401, "APIGW.0301",
				PREFIX + "verify aksk signature fail (X-Security-Token must be among the SignedHeaders)");
	}

	@Test
	void aSecurityTokenWithKeysThatAreNotTemporaryShouldAnswer401() {
		assertGatewayError(signed("GET", DEMO, "", DEMO_AK, DEMO_SK, Map.of("X-Security-Token", "TEMPTOKEN123")), 401,
				"APIGW.0301", PREFIX + "verify aksk signature fail (the request carries an X-Security-Token, but the "
						+ "access key 'AKEXAMPLE0000000000' is not configured as temporary credentials)");
	}

	@Test
	void fiveFailuresInARowShouldLockTheKeyForFiveMinutesOfTheEmulatorsClock() {
		for (int failure = 1; failure <= 5; failure++) {
			assertGatewayError(signed("GET", DEMO, "", DEMO_AK, DEMO_SK + failure), 401, "APIGW.0301", MISMATCH);
		}

		MvcTestResult locked = signed("PUT", DEMO + "/upgrade", UPGRADE_BODY, DEMO_AK, DEMO_SK);
		assertThat(locked).hasStatus(401).bodyJson().extractingPath("$.error_msg").asString()
			.startsWith(PREFIX + "AK access failed to reach the limit,forbidden (5 failed attempts in a row locked "
					+ "the access key 'AKEXAMPLE0000000000' until ")
			.endsWith(" of the emulator's clock)");
		assertDemoEngineUntouched();
		this.clock.advance(Duration.ofMinutes(4).plusSeconds(50));
		assertThat(signed("GET", DEMO, "", DEMO_AK, DEMO_SK)).hasStatus(401);
		this.clock.advance(Duration.ofSeconds(11));
		assertThat(signed("PUT", DEMO + "/upgrade", UPGRADE_BODY, DEMO_AK, DEMO_SK)).hasStatusOk();
	}

	@Test
	void aLockedKeyShouldNotLockOtherKeys() {
		for (int failure = 1; failure <= 5; failure++) {
			signed("GET", DEMO, "", DEMO_AK, "wrong");
		}
		assertThat(signed("GET", DEMO, "", DEMO_AK, DEMO_SK)).hasStatus(401);
		assertThat(signed("GET", DEMO, "", TEMP_AK, TEMP_SK, Map.of("X-Security-Token", TEMP_TOKEN))).hasStatusOk();
	}

	@Test
	void aSuccessShouldStartTheCountOfFailuresAgain() {
		for (int round = 0; round < 3; round++) {
			for (int failure = 1; failure <= 4; failure++) {
				assertThat(signed("GET", DEMO, "", DEMO_AK, "wrong")).hasStatus(401);
			}
			assertThat(signed("GET", DEMO, "", DEMO_AK, DEMO_SK)).hasStatusOk();
		}
	}

	@Test
	void everyKindOfFailureWithAKnownKeyShouldCountTowardsTheLock() {
		signed("GET", DEMO, "", DEMO_AK, "wrong");
		signed("GET", DEMO, "", DEMO_AK, DEMO_SK, Map.of("X-Sdk-Date", Signatures.sdkDate(this.clock.now() - 3_600_000)));
		signed("GET", DEMO, "", DEMO_AK, DEMO_SK, Map.of("X-Security-Token", "t"));
		signed("GET", DEMO, "", DEMO_AK, DEMO_SK, Map.of("X-Sdk-Date", "yesterday"));
		send("GET", "/v2/" + PROJECT + "/enginemgr/engines/a%C3%28", "", Map.of("X-Sdk-Date",
				Signatures.sdkDate(this.clock.now()), "Authorization", "SDK-HMAC-SHA256 Access=" + DEMO_AK
						+ ", SignedHeaders=x-sdk-date, Signature=" + "0".repeat(64)));

		assertThat(signed("GET", DEMO, "", DEMO_AK, DEMO_SK)).bodyJson().extractingPath("$.error_msg").asString()
			.contains("AK access failed to reach the limit,forbidden");
	}

	@Test
	void aRefusalForTheWrongProjectShouldNotCountAsAFailure() {
		for (int attempt = 1; attempt <= 6; attempt++) {
			assertThat(signed("GET", DEMO, "", OTHER_AK, OTHER_SK)).hasStatus(403);
		}
	}

	@Test
	void aResetShouldEndALock() {
		for (int failure = 1; failure <= 5; failure++) {
			signed("GET", DEMO, "", DEMO_AK, "wrong");
		}
		assertThat(signed("GET", DEMO, "", DEMO_AK, DEMO_SK)).hasStatus(401);

		this.startup.reset();

		assertThat(signed("GET", DEMO, "", DEMO_AK, DEMO_SK)).hasStatusOk();
	}

	@Test
	void theLockIsKeptInTheStoreThatInstancesShare() {
		for (int failure = 1; failure <= 5; failure++) {
			signed("GET", DEMO, "", DEMO_AK, "wrong");
		}

		assertThat(this.jdbc.sql("SELECT locked_until FROM access_key_lockouts WHERE access_key = :key")
			.param("key", DEMO_AK)
			.query(Long.class)
			.single()).isGreaterThan(this.clock.now());
	}

	@Test
	void noSecretShouldAppearInAnswersOrLogs(CapturedOutput output) {
		StringBuilder answers = new StringBuilder();
		answers.append(body(signed("PUT", DEMO + "/upgrade", UPGRADE_BODY, DEMO_AK, "SKWRONG-secret-1")));
		answers.append(body(signed("PUT", DEMO + "/upgrade", UPGRADE_BODY, TEMP_AK, TEMP_SK,
				Map.of("X-Security-Token", "TEMPWRONG-secret-2"))));
		answers.append(body(signed("PUT", DEMO + "/upgrade", UPGRADE_BODY, TEMP_AK, "SKWRONG-secret-3",
				Map.of("X-Security-Token", TEMP_TOKEN))));
		answers.append(body(signed("PUT", DEMO + "/upgrade", UPGRADE_BODY, OTHER_AK, OTHER_SK)));
		answers.append(body(withToken("GET", DEMO, "", "MIIgarbage-secret-4")));

		for (String secret : new String[] { "SKWRONG-secret-1", "TEMPWRONG-secret-2", "SKWRONG-secret-3",
				"MIIgarbage-secret-4", DEMO_SK, TEMP_SK, TEMP_TOKEN, OTHER_SK }) {
			assertThat(answers).doesNotContain(secret);
			assertThat(output.getAll()).doesNotContain(secret);
		}
	}

	private static String body(MvcTestResult result) {
		assertThat(result.getResponse().getStatus()).isIn(401, 403);
		return text(result) + result.getResponse().getHeaderNames();
	}

}
