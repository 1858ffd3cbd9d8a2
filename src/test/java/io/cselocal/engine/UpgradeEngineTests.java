package io.cselocal.engine;

import io.cselocal.ApiTestSupport;
import io.cselocal.CseLocalTest;
import io.cselocal.job.JobStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** UpgradeEngine: the answer, the job it starts, and each rule of SPEC 3 with its own message. */
@CseLocalTest
class UpgradeEngineTests extends ApiTestSupport {

	private static final String BAD = "SVCSTG.00500400";

	@Autowired
	private EngineStore engines;

	@Autowired
	private JobStore jobs;

	@Test
	void upgradeWhenValidShouldStartAnUpgradeJob() {
		MvcTestResult result = upgrade("{\"version\":\"2.4.0\"}");

		assertThat(result).hasStatusOk().hasContentType(MediaType.APPLICATION_JSON);
		assertThat(result).bodyJson().extractingPath("$.id").isEqualTo(ENGINE);
		assertThat(result).bodyJson().extractingPath("$.name").isEqualTo("test");
		int jobId = jobId(result);
		assertThat(show()).bodyJson().extractingPath("$.status").isEqualTo("Upgrading");
		assertThat(show()).bodyJson().extractingPath("$.latestJobId").isEqualTo(jobId);
		MvcTestResult job = showJob(jobId);
		assertThat(job).bodyJson().extractingPath("$.type").isEqualTo("Upgrade");
		assertThat(job).bodyJson().extractingPath("$.status").isEqualTo("Executing");
		assertThat(job).bodyJson().extractingPath("$.scheduling").isEqualTo(1);
		assertThat(job).bodyJson().extractingPath("$.tasks[0].status").isEqualTo("Executing");
		assertThat(job).bodyJson().extractingPath("$.tasks[3].status").isEqualTo("Init");
	}

	@Test
	void upgradeWhenItsJobHasRunShouldLeaveTheEngineAvailableAtTheTarget() {
		int jobId = jobId(upgrade("{\"version\":\"2.4.0\"}"));

		passStages(4);

		MvcTestResult engine = show();
		assertThat(engine).bodyJson().extractingPath("$.status").isEqualTo("Available");
		assertThat(engine).bodyJson().extractingPath("$.version").isEqualTo("2.4.0");
		assertThat(engine).bodyJson().extractingPath("$.latestJobId").isEqualTo(jobId);
		MvcTestResult job = showJob(jobId);
		assertThat(job).bodyJson().extractingPath("$.status").isEqualTo("Finished");
		assertThat(job).bodyJson().extractingPath("$.scheduling").isEqualTo(0);
		assertThat(job).bodyJson().extractingPath("$.tasks[3].status").isEqualTo("Finished");
	}

	@Test
	void upgradeWhenTheJobIsHalfWayShouldKeepTheOldVersion() {
		int jobId = jobId(upgrade("{\"version\":\"2.4.0\"}"));

		passStages(2);

		assertThat(show()).bodyJson().extractingPath("$.version").isEqualTo("2.3.4");
		MvcTestResult job = showJob(jobId);
		assertThat(job).bodyJson().extractingPath("$.status").isEqualTo("Executing");
		assertThat(job).bodyJson().extractingPath("$.tasks[1].status").isEqualTo("Finished");
		assertThat(job).bodyJson().extractingPath("$.tasks[2].status").isEqualTo("Executing");
	}

	@Test
	void upgradeWithUnknownFieldsShouldIgnoreThem() {
		assertThat(upgrade("{\"version\":\"2.4.0\",\"force\":true}")).hasStatusOk();
	}

	@Test
	void upgradeWithoutCredentialsShouldAnswer401FromTheGateway() {
		assertGatewayError(this.mvc.put().uri(DEMO + "/upgrade").content("{\"version\":\"2.4.0\"}").exchange(), 401,
				"APIGW.0301", "Incorrect IAM authentication information: x-auth-token not found");
	}

	@Test
	void upgradeWithAnAuthorizationOfAnotherSchemeShouldAnswer401() {
		assertGatewayError(this.mvc.put()
			.uri(DEMO + "/upgrade")
			.header("Authorization", "Basic dXNlcjpwYXNz")
			.content("{\"version\":\"2.4.0\"}")
			.exchange(), 401, "APIGW.0301", "Incorrect IAM authentication information: x-auth-token not found");
	}

	@Test
	void upgradeWithABlankTokenShouldAnswer401() {
		assertGatewayError(this.mvc.put().uri(DEMO + "/upgrade").header(TOKEN, " ").content("{}").exchange(), 401,
				"APIGW.0301", "Incorrect IAM authentication information: x-auth-token not found");
	}

	@Test
	void upgradeWithoutCredentialsShouldBeRefusedBeforeAnythingElseIsChecked() {
		assertGatewayError(this.mvc.put().uri("/v2/bad%20project/enginemgr/engines/x/upgrade").content("[").exchange(),
				401, "APIGW.0301", "Incorrect IAM authentication information: x-auth-token not found");
	}

	@Test
	void upgradeSignedWithAkSkShouldBeAccepted() {
		MvcTestResult result = this.mvc.put()
			.uri(DEMO + "/upgrade")
			.header("Authorization",
					"SDK-HMAC-SHA256 Access=AKDEMO, SignedHeaders=host;x-sdk-date, Signature=" + "0".repeat(64))
			.header("X-Sdk-Date", "20261204T191835Z")
			.content("{\"version\":\"2.4.0\"}")
			.exchange();
		assertThat(result).hasStatusOk();
	}

	@Test
	void upgradeWhenProjectIdIsTooLongShouldSaySo() {
		String project = "p".repeat(65);
		assertError(upgradeAt("/v2/" + project + "/enginemgr/engines/" + ENGINE, "{\"version\":\"2.4.0\"}"), 400, BAD,
				"Invalid project_id '" + project + "': it must be 1 to 64 letters, digits, hyphens or underscores.");
	}

	@Test
	void upgradeWhenProjectIdHasOtherCharactersShouldSaySo() {
		assertError(upgradeAt("/v2/proj.ect/enginemgr/engines/" + ENGINE, "{}"), 400, BAD,
				"Invalid project_id 'proj.ect': it must be 1 to 64 letters, digits, hyphens or underscores.");
	}

	@Test
	void upgradeWhenTheSdkHasNoProjectIdShouldSaySo() {
		assertError(this.mvc.put()
			.uri(java.net.URI.create("/v2/%7Bproject_id%7D/enginemgr/engines/" + ENGINE + "/upgrade"))
			.header(TOKEN, "t")
			.content("{}")
			.exchange(), 400, BAD,
				"The path has the placeholder '{project_id}' instead of a project id: "
						+ "set the project id on the client's credentials.");
	}

	@Test
	void upgradeWhenEngineIdIsTooLongShouldSaySo() {
		String engine = "e".repeat(65);
		assertError(upgradeAt(ENGINES + "/" + engine, "{}"), 400, BAD,
				"Invalid engine_id '" + engine + "': it must be 1 to 64 characters, got 65.");
	}

	@Test
	void upgradeWhenEnterpriseProjectIsMalformedShouldSaySo() {
		assertError(this.mvc.put()
			.uri(DEMO + "/upgrade")
			.header(TOKEN, "t")
			.header("X-Enterprise-Project-ID", "a b")
			.content("{\"version\":\"2.4.0\"}")
			.exchange(), 400, BAD,
				"Invalid X-Enterprise-Project-ID 'a b': it must be 1 to 64 letters, digits, hyphens or underscores.");
	}

	@Test
	void upgradeOfAnUnknownEngineShouldAnswer00501116BeforeLookingAtTheBody() {
		assertError(upgradeAt(ENGINES + "/no-such-engine", "not json"), 400, "SVCSTG.00501116",
				"Failed to find the engine instance.");
	}

	@Test
	void upgradeOfAnEngineOfAnotherProjectShouldAnswer00501116() {
		assertError(upgradeAt("/v2/otherproject/enginemgr/engines/" + ENGINE, "{\"version\":\"2.4.0\"}"), 400,
				"SVCSTG.00501116", "Failed to find the engine instance.");
	}

	@Test
	void upgradeOfAnEngineOfAnotherEnterpriseProjectShouldAnswer00501116() {
		assertError(this.mvc.put()
			.uri(DEMO + "/upgrade")
			.header(TOKEN, "t")
			.header("X-Enterprise-Project-ID", "b7e8c6a0-0000-4000-8000-000000000001")
			.content("{\"version\":\"2.4.0\"}")
			.exchange(), 400, "SVCSTG.00501116", "Failed to find the engine instance.");
	}

	@Test
	void upgradeWithTheDefaultEnterpriseProjectNamedShouldFindTheEngine() {
		assertThat(this.mvc.put()
			.uri(DEMO + "/upgrade")
			.header(TOKEN, "t")
			.header("X-Enterprise-Project-ID", "0")
			.content("{\"version\":\"2.4.0\"}")).hasStatusOk();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			no body               | ``                          | The request body is missing: a JSON object is required.
			blank body            | `  `                        | The request body is missing: a JSON object is required.
			malformed             | {"version":                 | The request body is not valid JSON: Unexpected end-of-input within/between Object entries (line 1, column 12).
			not closed            | {"version":"2.4.0"          | The request body is not valid JSON: Unexpected end-of-input: expected close marker for Object (line 1, column 19).
			trailing garbage      | {"version":"2.4.0"} x       | The request body is not valid JSON: Unrecognized token 'x': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false') (line 1, column 21).
			array                 | ["2.4.0"]                   | The request body must be a JSON object, not an array.
			string                | "2.4.0"                     | The request body must be a JSON object, not a string.
			number                | 240                         | The request body must be a JSON object, not a number.
			null                  | null                        | The request body must be a JSON object, not null.
			no version            | {}                          | Parameter 'version' is required.
			null version          | {"version":null}            | Parameter 'version' is required.
			blank version         | {"version":"  "}            | Parameter 'version' must not be blank.
			number version        | {"version":2.4}             | Parameter 'version' must be a string.
			object version        | {"version":{"v":"2.4.0"}}   | Parameter 'version' must be a string.
			long version          | {"version":"2.4.0.00000000000000000001"} | Parameter 'version' must be at most 24 characters.
			long blank version    | {"version":"                         "}  | Parameter 'version' must not be blank.
			unknown version       | {"version":"9.9.9"}         | Parameter 'version' '9.9.9' is not an available engine version; available versions: 2.3.1, 2.3.4, 2.4.0.
			text version          | {"version":"latest"}        | Parameter 'version' 'latest' is not an available engine version; available versions: 2.3.1, 2.3.4, 2.4.0.
			same version          | {"version":"2.3.4"}         | Parameter 'version' '2.3.4' is not newer than the engine's version 2.3.4: an engine can only be upgraded to a newer version.
			older version         | {"version":"2.3.1"}         | Parameter 'version' '2.3.1' is not newer than the engine's version 2.3.4: an engine can only be upgraded to a newer version.
			""")
	void upgradeWithABadBodyShouldNameTheProblem(String name, String body, String message) {
		assertError(upgrade(body), 400, BAD, message);
		assertThat(show()).bodyJson().extractingPath("$.status").isEqualTo("Available");
	}

	@Test
	void upgradeWhileAnotherUpgradeRunsShouldNameTheRunningJob() {
		int first = jobId(upgrade("{\"version\":\"2.4.0\"}"));

		assertError(upgrade("{\"version\":\"2.4.0\"}"), 400, BAD, "The engine is Upgrading (job " + first
				+ " is running); this operation needs it to be Available or UpgradeFailed.");
	}

	@Test
	void upgradeOfAFailedUpgradeShouldBeAllowed() {
		putDemo(EngineStatus.UpgradeFailed);

		assertThat(upgrade("{\"version\":\"2.4.0\"}")).hasStatusOk();
	}

	@Test
	void upgradeOfAnEngineInAnotherStateShouldSayWhichStatesAreAllowed() {
		putDemo(EngineStatus.ModifyFailed);

		assertError(upgrade("{\"version\":\"2.4.0\"}"), 400, BAD,
				"The engine is ModifyFailed; this operation needs it to be Available or UpgradeFailed.");
	}

	@Test
	void upgradeWhileAJobRunsOnAnAvailableEngineShouldNameTheJob() {
		int first = jobId(upgrade("{\"version\":\"2.4.0\"}"));
		putDemo(EngineStatus.Available);

		assertError(upgrade("{\"version\":\"2.4.0\"}"), 400, BAD,
				"Job " + first + " is still running on the engine; wait until it has finished.");
	}

	@Test
	void upgradeThatFailsShouldLeaveNoJobBehind() {
		Integer createJob = this.engines.find(PROJECT, ENGINE).orElseThrow().latestJobId();

		upgrade("{\"version\":\"2.3.1\"}");

		assertThat(this.jobs.running(PROJECT, ENGINE)).isEmpty();
		assertThat(this.engines.find(PROJECT, ENGINE).orElseThrow().latestJobId()).isEqualTo(createJob);
	}

	@Test
	void upgradeBodySentAsPlainTextShouldStillBeReadAsJson() {
		assertThat(this.mvc.put()
			.uri(DEMO + "/upgrade")
			.header(TOKEN, "t")
			.contentType(MediaType.TEXT_PLAIN)
			.content("{\"version\":\"2.4.0\"}")).hasStatusOk();
	}

	@Test
	void upgradeBodySentAsAFormShouldStillBeReadAsJson() {
		assertThat(this.mvc.put()
			.uri(DEMO + "/upgrade")
			.header(TOKEN, "t")
			.contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.content("{\"version\":\"2.4.0\"}")).hasStatusOk();
	}

	private void putDemo(EngineStatus status) {
		Engine demo = this.engines.find(PROJECT, ENGINE).orElseThrow();
		assertThat(this.engines.update(demo.withStatus(status))).isTrue();
	}

	private MvcTestResult upgrade(String body) {
		return upgradeAt(DEMO, body);
	}

	private MvcTestResult upgradeAt(String engine, String body) {
		return this.mvc.put().uri(engine + "/upgrade").header(TOKEN, "t").content(body).exchange();
	}

	private MvcTestResult show() {
		return this.mvc.get().uri(DEMO).header(TOKEN, "t").exchange();
	}

	private MvcTestResult showJob(int jobId) {
		return this.mvc.get().uri(DEMO + "/jobs/" + jobId).header(TOKEN, "t").exchange();
	}

	static int jobId(MvcTestResult accepted) {
		assertThat(accepted).hasStatusOk();
		Object jobId = com.jayway.jsonpath.JsonPath.read(
				new String(accepted.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8),
				"$.jobId");
		assertThat(jobId).isInstanceOf(Integer.class);
		return (Integer) jobId;
	}

}
