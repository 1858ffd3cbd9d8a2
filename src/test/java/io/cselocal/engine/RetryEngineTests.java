package io.cselocal.engine;

import io.cselocal.ApiTestSupport;
import io.cselocal.CseLocalTest;
import io.cselocal.TestJobFaults;
import io.cselocal.job.JobFault;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** RetryEngine: a failed job runs again from its failed stage under the same id; nothing else can be retried. */
@CseLocalTest
class RetryEngineTests extends ApiTestSupport {

	private static final String RETRY = "{\"action\":\"Retry\"}";

	@Autowired
	private TestJobFaults faults;

	@AfterEach
	void noMoreFaults() {
		this.faults.planNext(null);
	}

	@Test
	void aFailedUpgradeShouldLeaveTheEngineUpgradeFailedWithRetryOffered() {
		int jobId = failedUpgrade(JobFault.Result.Error);

		MvcTestResult engine = this.mvc.get().uri(DEMO).header(TOKEN, "t").exchange();
		assertThat(engine).bodyJson().extractingPath("$.status").isEqualTo("UpgradeFailed");
		assertThat(engine).bodyJson().extractingPath("$.version").isEqualTo("2.3.4");
		assertThat(engine).bodyJson().extractingPath("$.engineAdditionalActions").asArray().containsExactly("Retry");
		MvcTestResult job = showJob(jobId);
		assertThat(job).bodyJson().extractingPath("$.status").isEqualTo("Error");
		assertThat(job).bodyJson().extractingPath("$.scheduling").isEqualTo(0);
		assertThat(job).bodyJson().extractingPath("$.tasks[1].status").isEqualTo("Error");
		assertThat(job).bodyJson().extractingPath("$.tasks[1].tasks[2].log").asString().contains("failed");
		assertThat(job).bodyJson().extractingPath("$.tasks[2].status").isEqualTo("Init");
	}

	@Test
	void retryShouldRunTheSameJobAgainFromItsFailedStageUntilItFinishes() {
		int jobId = failedUpgrade(JobFault.Result.Timeout);

		MvcTestResult retried = retry(RETRY);

		assertThat(retried).hasStatusOk();
		assertThat(retried).bodyJson().isStrictlyEqualTo(
				"{\"id\":\"" + ENGINE + "\",\"name\":\"test\",\"jobId\":" + jobId + "}");
		assertThat(showJob(jobId)).bodyJson().extractingPath("$.tasks[0].status").isEqualTo("Finished");
		assertThat(showJob(jobId)).bodyJson().extractingPath("$.tasks[1].status").isEqualTo("Executing");
		assertThat(this.mvc.get().uri(DEMO).header(TOKEN, "t")).bodyJson()
			.extractingPath("$.status")
			.isEqualTo("Upgrading");
		passStages(3);
		assertThat(showJob(jobId)).bodyJson().extractingPath("$.status").isEqualTo("Finished");
		MvcTestResult engine = this.mvc.get().uri(DEMO).header(TOKEN, "t").exchange();
		assertThat(engine).bodyJson().extractingPath("$.status").isEqualTo("Available");
		assertThat(engine).bodyJson().extractingPath("$.version").isEqualTo("2.4.0");
	}

	@Test
	void retryOfAnEngineWhoseLatestJobFinishedShouldBeRefused() {
		assertError(retry(RETRY), 400, "SVCSTG.00500400", "The engine is Available and its latest job "
				+ latestJob() + " is Finished; only an engine whose latest job failed can be retried.");
	}

	@Test
	void retryWhileTheJobRunsShouldBeRefused() {
		int jobId = UpgradeEngineTests.jobId(upgrade());

		assertError(retry(RETRY), 400, "SVCSTG.00500400", "The engine is Upgrading and its latest job " + jobId
				+ " is Executing; only an engine whose latest job failed can be retried.");
	}

	@Test
	void retryWithAnotherActionShouldNameTheOnlyAction() {
		failedUpgrade(JobFault.Result.Error);

		assertError(retry("{\"action\":\"Rollback\"}"), 400, "SVCSTG.00500400",
				"Parameter 'action' must be Retry, the only additional action.");
		assertError(retry("{}"), 400, "SVCSTG.00500400", "Parameter 'action' is required.");
		assertError(retry(""), 400, "SVCSTG.00500400", "The request body is missing: a JSON object is required.");
	}

	@Test
	void retryOfAnUnknownEngineShouldAnswer00501116() {
		assertError(this.mvc.put().uri(ENGINES + "/nope/actions").header(TOKEN, "t").content(RETRY).exchange(), 400,
				"SVCSTG.00501116", "Failed to find the engine instance.");
	}

	@Test
	void aRetryThatFailsAgainShouldLeaveTheEngineFailed() {
		int jobId = failedUpgrade(JobFault.Result.Error);
		this.faults.planNext(new JobFault(3, JobFault.Result.Error));

		retry(RETRY);
		passStages(5);

		assertThat(showJob(jobId)).bodyJson().extractingPath("$.tasks[2].status").isEqualTo("Error");
		assertThat(this.mvc.get().uri(DEMO).header(TOKEN, "t")).bodyJson()
			.extractingPath("$.status")
			.isEqualTo("UpgradeFailed");
	}

	private int failedUpgrade(JobFault.Result result) {
		this.faults.planNext(new JobFault(2, result));
		int jobId = UpgradeEngineTests.jobId(upgrade());
		passStages(2);
		return jobId;
	}

	private Object latestJob() {
		return com.jayway.jsonpath.JsonPath.read(new String(
				this.mvc.get().uri(DEMO).header(TOKEN, "t").exchange().getResponse().getContentAsByteArray(),
				java.nio.charset.StandardCharsets.UTF_8), "$.latestJobId");
	}

	private MvcTestResult upgrade() {
		return this.mvc.put().uri(DEMO + "/upgrade").header(TOKEN, "t").content("{\"version\":\"2.4.0\"}").exchange();
	}

	private MvcTestResult retry(String body) {
		return this.mvc.put().uri(DEMO + "/actions").header(TOKEN, "t").content(body).exchange();
	}

	private MvcTestResult showJob(int jobId) {
		return this.mvc.get().uri(DEMO + "/jobs/" + jobId).header(TOKEN, "t").exchange();
	}

}
