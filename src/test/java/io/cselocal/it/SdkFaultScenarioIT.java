package io.cselocal.it;

import java.net.http.HttpResponse;

import com.huaweicloud.sdk.cse.v1.CseClient;
import com.huaweicloud.sdk.cse.v1.model.EngineAdditionalActionReq;
import com.huaweicloud.sdk.cse.v1.model.EngineUpdateReq;
import com.huaweicloud.sdk.cse.v1.model.RetryEngineRequest;
import com.huaweicloud.sdk.cse.v1.model.RetryEngineResponse;
import com.huaweicloud.sdk.cse.v1.model.ShowEngineJobRequest;
import com.huaweicloud.sdk.cse.v1.model.ShowEngineJobResponse;
import com.huaweicloud.sdk.cse.v1.model.ShowEngineRequest;
import com.huaweicloud.sdk.cse.v1.model.ShowEngineResponse;
import com.huaweicloud.sdk.cse.v1.model.UpgradeEngineRequest;
import io.cselocal.CseLocalServerTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.boot.test.web.server.LocalServerPort;

import static io.cselocal.ApiTestSupport.ENGINE;
import static io.cselocal.ApiTestSupport.PROJECT;
import static io.cselocal.it.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The scenario a CI suite writes with the control plane and the official SDK: a rule makes the next upgrade fail at
 * stage 2, the SDK sees the failure as it would on the cloud, retries, and the upgrade finishes.
 */
@CseLocalServerTest
class SdkFaultScenarioIT {

	private static final int STAGE_SECONDS = 600;

	@LocalServerPort
	private int port;

	private Http control;

	private CseClient cse;

	@BeforeEach
	void setUp() {
		this.control = new Http(this.port);
		this.control.reset();
		this.cse = SdkClients.cse(this.port, PROJECT);
	}

	@Test
	void anUpgradeMadeToFailAtStageTwoShouldBeSeenByTheSdkAndFinishWhenRetried() {
		HttpResponse<String> rule = this.control.post("/_emulator/faults", "{\"operation\":\"UpgradeEngine\","
				+ "\"projectId\":\"" + PROJECT + "\",\"engineId\":\"" + ENGINE + "\",\"times\":1,"
				+ "\"action\":{\"type\":\"job-outcome\",\"result\":\"Error\",\"atStage\":2}}");
		assertThat(rule.statusCode()).as(rule.body()).isEqualTo(201);

		int jobId = this.cse.upgradeEngine(new UpgradeEngineRequest().withEngineId(ENGINE)
			.withBody(new EngineUpdateReq().withVersion("2.4.0"))).getJobId();
		this.control.advance(2 * STAGE_SECONDS);

		ShowEngineJobRequest poll = new ShowEngineJobRequest().withEngineId(ENGINE).withJobId(String.valueOf(jobId));
		ShowEngineJobResponse failed = this.cse.showEngineJob(poll);
		assertThat(failed.getStatus()).hasToString("Error");
		assertThat(failed.getTasks().get(1).getStatus()).hasToString("Error");
		ShowEngineResponse engine = this.cse.showEngine(new ShowEngineRequest().withEngineId(ENGINE));
		assertThat(engine.getStatus()).hasToString("UpgradeFailed");
		assertThat(engine.getEngineAdditionalActions()).extracting(Object::toString).containsExactly("Retry");
		assertThat(json(this.control.get("/_emulator/faults")).get("rules")).isEmpty();

		RetryEngineResponse retried = this.cse.retryEngine(new RetryEngineRequest().withEngineId(ENGINE)
			.withBody(new EngineAdditionalActionReq().withAction(EngineAdditionalActionReq.ActionEnum.RETRY)));
		assertThat(retried.getJobId()).isEqualTo(jobId);
		assertThat(this.cse.showEngine(new ShowEngineRequest().withEngineId(ENGINE)).getStatus())
			.hasToString("Upgrading");
		this.control.advance(3 * STAGE_SECONDS);

		assertThat(this.cse.showEngineJob(poll).getStatus()).hasToString("Finished");
		ShowEngineResponse upgraded = this.cse.showEngine(new ShowEngineRequest().withEngineId(ENGINE));
		assertThat(upgraded.getStatus()).hasToString("Available");
		assertThat(upgraded.getVersion()).isEqualTo("2.4.0");
		assertThat(json(this.control.get("/_emulator/requests?operation=RetryEngine")).get("requests").get(0)
			.get("credentials").asString()).isEqualTo("aksk:" + SdkClients.ACCESS_KEY);
	}

}
