package io.cselocal.engine;

import io.cselocal.ApiTestSupport;
import io.cselocal.CseLocalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** UpdateEngine, UpgradeEngineConfig and ResizeEngine: what each changes, when, and how each refuses. */
@CseLocalTest
class ModifyEngineTests extends ApiTestSupport {

	private static final String BAD = "SVCSTG.00500400";

	@Autowired
	private EngineStore engines;

	@Test
	void updateShouldChangeDescriptionAndAliasAndAnswerWithoutABody() {
		MvcTestResult result = update("{\"description\":\"new words\",\"alias\":\"shown name\"}");

		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentAsByteArray()).isEmpty();
		assertThat(result.getResponse().getContentType()).isNull();
		Engine demo = this.engines.find(PROJECT, ENGINE).orElseThrow();
		assertThat(demo.description()).isEqualTo("new words");
		assertThat(demo.alias()).isEqualTo("shown name");
	}

	@Test
	void updateShouldLeaveAFieldItDoesNotNameAsItIs() {
		update("{\"alias\":\"only alias\"}");

		assertThat(this.engines.find(PROJECT, ENGINE).orElseThrow().description()).isEqualTo("Demo engine of cse-local");
	}

	@Test
	void updateShouldRefuseTooLongValues() {
		assertError(update("{\"description\":\"" + "d".repeat(256) + "\"}"), 400, BAD,
				"Parameter 'description' must be at most 255 characters.");
		assertError(update("{\"alias\":\"" + "a".repeat(65) + "\"}"), 400, BAD,
				"Parameter 'alias' must be at most 64 characters.");
		assertError(update("{\"description\":7}"), 400, BAD, "Parameter 'description' must be a string.");
	}

	@Test
	void updateOfAnUnknownEngineShouldAnswer00501116() {
		assertError(this.mvc.put().uri(ENGINES + "/nope").header(TOKEN, "t").content("{}").exchange(), 400,
				"SVCSTG.00501116", "Failed to find the engine instance.");
	}

	@Test
	void configShouldSwitchTheAuthTypeThroughAModifyJob() {
		MvcTestResult result = config("{\"authType\":\"RBAC\"}");

		int jobId = UpgradeEngineTests.jobId(result);
		assertThat(show()).bodyJson().extractingPath("$.status").isEqualTo("Modifying");
		assertThat(show()).bodyJson().extractingPath("$.authType").isEqualTo("NONE");
		assertThat(this.mvc.get().uri(DEMO + "/jobs/" + jobId).header(TOKEN, "t")).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("Modify");
		passStages(3);
		assertThat(show()).bodyJson().extractingPath("$.status").isEqualTo("Available");
		assertThat(show()).bodyJson().extractingPath("$.authType").isEqualTo("RBAC");
	}

	@Test
	void configShouldRefuseAnUnknownAuthType() {
		assertError(config("{\"authType\":\"IAM\"}"), 400, BAD, "Parameter 'authType' must be RBAC or NONE.");
		assertError(config("{}"), 400, BAD, "Parameter 'authType' is required.");
	}

	@Test
	void configWhileAnotherJobRunsShouldBeRefused() {
		int upgrade = UpgradeEngineTests.jobId(
				this.mvc.put().uri(DEMO + "/upgrade").header(TOKEN, "t").content("{\"version\":\"2.4.0\"}").exchange());

		assertError(config("{\"authType\":\"RBAC\"}"), 400, BAD, "The engine is Upgrading (job " + upgrade
				+ " is running); this operation needs it to be Available or ModifyFailed.");
	}

	@Test
	void resizeShouldMoveToALargerFlavorAndAnswerJobIdInSnakeCase() {
		MvcTestResult result = resize("{\"flavor\":\"cse.s1.medium2\",\"inputs\":{\"nodeFlavor\":\"s6.xlarge.2\"}}");

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.job_id").asNumber().isInstanceOf(Integer.class);
		assertThat(CreateEngineTests.body(result)).doesNotContain("jobId");
		passStages(3);
		MvcTestResult engine = show();
		assertThat(engine).bodyJson().extractingPath("$.flavor").isEqualTo("cse.s1.medium2");
		assertThat(engine).bodyJson().extractingPath("$.reference.instanceLimit").isEqualTo(200);
		assertThat(engine).bodyJson().extractingPath("$.reference.inputs.nodeFlavor").isEqualTo("s6.xlarge.2");
	}

	@Test
	void resizeShouldRefuseASmallerOrSameOrForeignFlavor() {
		String message = "is not a larger flavor of CSE2 than the engine's cse.s1.small2: an engine can only be "
				+ "resized to a larger flavor of its own spec type.";
		assertError(resize("{\"flavor\":\"cse.s1.small2\"}"), 400, BAD, "Parameter 'flavor' 'cse.s1.small2' " + message);
		assertError(resize("{\"flavor\":\"cse.nacos2.c1.2xlarge.100\"}"), 400, BAD,
				"Parameter 'flavor' 'cse.nacos2.c1.2xlarge.100' " + message);
		assertError(resize("{\"flavor\":\"cse.s1.tiny\"}"), 400, "SVCSTG.00501104",
				"Incorrect format of the engine instance specifications: 'cse.s1.tiny' is not a flavor.");
		assertError(resize("{}"), 400, BAD, "Parameter 'flavor' is required.");
		assertError(resize(""), 400, BAD, "The request body is missing: a JSON object is required.");
	}

	@Test
	void aStateChangeThatIsRefusedShouldLeaveNothingBehind() {
		Engine before = this.engines.find(PROJECT, ENGINE).orElseThrow();

		resize("{\"flavor\":\"cse.s1.small2\"}");
		config("{\"authType\":\"ROOT\"}");

		assertThat(this.engines.find(PROJECT, ENGINE).orElseThrow()).isEqualTo(before);
	}

	private MvcTestResult show() {
		return this.mvc.get().uri(DEMO).header(TOKEN, "t").exchange();
	}

	private MvcTestResult update(String body) {
		return this.mvc.put().uri(DEMO).header(TOKEN, "t").content(body).exchange();
	}

	private MvcTestResult config(String body) {
		return this.mvc.put().uri(DEMO + "/config").header(TOKEN, "t").content(body).exchange();
	}

	private MvcTestResult resize(String body) {
		return this.mvc.put().uri(DEMO + "/resize").header(TOKEN, "t").header("Accept", "application/json").content(body)
			.exchange();
	}

}
