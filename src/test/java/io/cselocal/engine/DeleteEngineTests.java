package io.cselocal.engine;

import io.cselocal.ApiTestSupport;
import io.cselocal.CseLocalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** DeleteEngine: from which states, the Delete job, and an engine that is gone for good once it has run. */
@CseLocalTest
class DeleteEngineTests extends ApiTestSupport {

	@Autowired
	private EngineStore engines;

	@Test
	void deleteShouldStartADeleteJobAndLeaveTheEngineDeleting() {
		MvcTestResult result = delete();

		assertThat(result).hasStatusOk();
		int jobId = UpgradeEngineTests.jobId(result);
		assertThat(result).bodyJson().extractingPath("$.id").isEqualTo(ENGINE);
		assertThat(this.mvc.get().uri(DEMO).header(TOKEN, "t")).bodyJson()
			.extractingPath("$.status")
			.isEqualTo("Deleting");
		assertThat(this.mvc.get().uri(DEMO + "/jobs/" + jobId).header(TOKEN, "t")).bodyJson()
			.extractingPath("$.type")
			.isEqualTo("Delete");
	}

	@Test
	void onceTheDeleteJobHasRunTheEngineAndItsJobsShouldBeGone() {
		int createJob = this.engines.find(PROJECT, ENGINE).orElseThrow().latestJobId();
		int deleteJob = UpgradeEngineTests.jobId(delete());

		passStages(2);

		assertError(this.mvc.get().uri(DEMO).header(TOKEN, "t").exchange(), 400, "SVCSTG.00501116",
				"Failed to find the engine instance.");
		assertError(this.mvc.get().uri(DEMO + "/jobs/" + deleteJob).header(TOKEN, "t").exchange(), 400,
				"SVCSTG.00501116", "Failed to find the engine instance.");
		assertError(this.mvc.get().uri(DEMO + "/jobs/" + createJob).header(TOKEN, "t").exchange(), 400,
				"SVCSTG.00501116", "Failed to find the engine instance.");
		assertError(delete(), 400, "SVCSTG.00501116", "Failed to find the engine instance.");
		assertThat(this.mvc.get().uri("/v2/" + PROJECT + "/enginemgr/quotas").header(TOKEN, "t")).bodyJson()
			.extractingPath("$.quotas.resources[0].used")
			.isEqualTo(0);
	}

	@Test
	void aDeletedEnginesNameShouldBeFreeAgain() {
		delete();
		passStages(2);

		assertThat(this.mvc.post()
			.uri(ENGINES)
			.header(TOKEN, "t")
			.content(CreateEngineTests.VALID.replace("cse-new", "test"))).hasStatusOk();
	}

	@ParameterizedTest
	@EnumSource(names = { "Available", "Unavailable", "CreateFailed", "DeleteFailed", "UpgradeFailed", "ModifyFailed" })
	void deleteShouldBeAllowedFrom(EngineStatus status) {
		force(status);

		assertThat(delete()).hasStatusOk();
	}

	@ParameterizedTest
	@EnumSource(names = { "Creating", "Deleting", "Upgrading", "Modifying", "Freezed", "Deleted" })
	void deleteShouldAnswer00501117From(EngineStatus status) {
		force(status);

		assertError(delete(), 400, "SVCSTG.00501117", "The engine in the current state cannot be deleted: it is "
				+ status + "; an engine can be deleted when it is Available, Unavailable, CreateFailed, DeleteFailed, "
				+ "UpgradeFailed, ModifyFailed.");
	}

	@Test
	void deleteWhileAnUpgradeRunsShouldAnswer00501117() {
		this.mvc.put().uri(DEMO + "/upgrade").header(TOKEN, "t").content("{\"version\":\"2.4.0\"}").exchange();

		assertError(delete(), 400, "SVCSTG.00501117", "The engine in the current state cannot be deleted: it is "
				+ "Upgrading; an engine can be deleted when it is Available, Unavailable, CreateFailed, DeleteFailed, "
				+ "UpgradeFailed, ModifyFailed.");
	}

	private void force(EngineStatus status) {
		Engine demo = this.engines.find(PROJECT, ENGINE).orElseThrow();
		assertThat(this.engines.update(demo.withStatus(status))).isTrue();
	}

	private MvcTestResult delete() {
		return this.mvc.delete().uri(DEMO).header(TOKEN, "t").exchange();
	}

}
