package io.cselocal.engine;

import io.cselocal.ApiTestSupport;
import io.cselocal.CseLocalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** ShowEngineJob: the job with its stages and steps, and each way of asking for a job that is not there. */
@CseLocalTest
class ShowEngineJobTests extends ApiTestSupport {

	@Autowired
	private EngineStore engines;

	@Test
	void showJobShouldAnswerStagesAndStepsWithTheSdkTypes() {
		int jobId = startUpgrade();

		MvcTestResult job = showJob(String.valueOf(jobId));

		assertThat(job).hasStatusOk().hasContentType("application/json");
		assertThat(job).bodyJson().isLenientlyEqualTo("""
				{
				  "id": %d,
				  "engineId": "891bf21a-4024-4f47-b38c-bd259ca8f10a",
				  "type": "Upgrade",
				  "description": "Upgrade engine test from 2.3.4 to 2.4.0",
				  "status": "Executing",
				  "scheduling": 1,
				  "endTime": 0,
				  "context": "{\\"sourceVersion\\":\\"2.3.4\\",\\"targetVersion\\":\\"2.4.0\\"}",
				  "tasks": [
				    { "taskName": "upgradePreCheck", "status": "Executing",
				      "taskNames": ["EngineStatusCheckExecutor", "UpgradePathCheckExecutor", "DataBackupExecutor"],
				      "tasks": [ { "jobId": %d, "type": "Upgrade", "taskName": "EngineStatusCheckExecutor",
				                   "engineName": "test", "taskOrder": 0, "status": "Executing", "output": "{}" },
				                 { "taskName": "UpgradePathCheckExecutor", "taskOrder": 1, "status": "Init" },
				                 { "taskName": "DataBackupExecutor", "taskOrder": 2, "status": "Init" } ] },
				    { "taskName": "upgradeFirstInstance", "status": "Init", "startTime": 0 },
				    { "taskName": "upgradeSecondInstance", "status": "Init" },
				    { "taskName": "upgradePostCheck", "status": "Init" }
				  ]
				}
				""".formatted(jobId, jobId));
		assertThat(job).bodyJson().extractingPath("$.id").asNumber().isInstanceOf(Integer.class);
		assertThat(job).bodyJson().extractingPath("$.startTime").asNumber().isNotNull();
		assertThat(job).bodyJson().extractingPath("$.tasks[0].tasks[0].id").asNumber().isNotNull();
		assertThat(job).bodyJson().extractingPath("$.tasks[0].taskExecutorBrief.description").isNotNull();
	}

	@Test
	void showJobShouldMoveStepByStepWithTheClock() {
		int jobId = startUpgrade();

		this.clock.advance(STAGE.dividedBy(2));

		MvcTestResult job = showJob(String.valueOf(jobId));
		assertThat(job).bodyJson().extractingPath("$.tasks[0].tasks[0].status").isEqualTo("Finished");
		assertThat(job).bodyJson().extractingPath("$.tasks[0].tasks[1].status").isEqualTo("Executing");
		assertThat(job).bodyJson().extractingPath("$.tasks[0].tasks[2].status").isEqualTo("Init");
	}

	@Test
	void showJobOfTheDemoEngineCreationShouldShowItFinished() {
		Integer createJob = this.engines.find(PROJECT, ENGINE).orElseThrow().latestJobId();

		MvcTestResult job = showJob(String.valueOf(createJob));

		assertThat(job).bodyJson().extractingPath("$.type").isEqualTo("Create");
		assertThat(job).bodyJson().extractingPath("$.status").isEqualTo("Finished");
		assertThat(job).bodyJson().extractingPath("$.tasks[*].status").asArray().containsOnly("Finished");
	}

	@ParameterizedTest
	@ValueSource(strings = { "abc", "0", "-1", "1.5", "2147483648", "99999999999", "12a", "%20" })
	void showJobWithAMalformedJobIdShouldAnswer00501152(String jobId) {
		assertError(showJob(jobId), 400, "SVCSTG.00501152", "Incorrect task ID format.");
	}

	@Test
	void showJobThatDoesNotExistShouldAnswer00501153() {
		assertError(showJob("2147483647"), 400, "SVCSTG.00501153", "No task found.");
	}

	@Test
	void showJobOfAnotherEngineShouldAnswer00501153() {
		int jobId = startUpgrade();
		Engine demo = this.engines.find(PROJECT, ENGINE).orElseThrow();
		this.engines.insert(new Engine(PROJECT, "second-engine", "0", "second", "", null, demo.flavor(),
				demo.specType(), demo.authType(), demo.payment(), demo.version(), EngineStatus.Available,
				demo.createUser(), demo.createTime(), null, demo.network(), demo.inputs(), 0));

		assertError(this.mvc.get().uri(ENGINES + "/second-engine/jobs/" + jobId).header(TOKEN, "t").exchange(), 400,
				"SVCSTG.00501153", "No task found.");
	}

	@Test
	void showJobOfAnUnknownEngineShouldAnswer00501116() {
		assertError(this.mvc.get().uri(ENGINES + "/unknown/jobs/10001").header(TOKEN, "t").exchange(), 400,
				"SVCSTG.00501116", "Failed to find the engine instance.");
	}

	private int startUpgrade() {
		return UpgradeEngineTests.jobId(
				this.mvc.put().uri(DEMO + "/upgrade").header(TOKEN, "t").content("{\"version\":\"2.4.0\"}").exchange());
	}

	private MvcTestResult showJob(String jobId) {
		return this.mvc.get().uri(java.net.URI.create(DEMO + "/jobs/" + jobId)).header(TOKEN, "t").exchange();
	}

}
