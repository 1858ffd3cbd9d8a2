package io.cselocal.it;

import java.time.Duration;

import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.cse.v1.CseClient;
import com.huaweicloud.sdk.cse.v1.model.EngineUpdateReq;
import com.huaweicloud.sdk.cse.v1.model.ShowEngineJobRequest;
import com.huaweicloud.sdk.cse.v1.model.ShowEngineJobResponse;
import com.huaweicloud.sdk.cse.v1.model.ShowEngineRequest;
import com.huaweicloud.sdk.cse.v1.model.ShowEngineResponse;
import com.huaweicloud.sdk.cse.v1.model.UpgradeEngineRequest;
import com.huaweicloud.sdk.cse.v1.model.UpgradeEngineResponse;
import io.cselocal.CseLocalServerTest;
import io.cselocal.clock.EmulatorClock;
import io.cselocal.seed.StartupState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.cselocal.ApiTestSupport.ENGINE;
import static io.cselocal.ApiTestSupport.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;

/** The official Java SDK upgrades the demo engine over real HTTP, polls the job, and reads errors. */
@CseLocalServerTest
class SdkUpgradeIT {

	@LocalServerPort
	private int port;

	@Autowired
	private StartupState state;

	@Autowired
	private EmulatorClock clock;

	private CseClient cse;

	@BeforeEach
	void setUp() {
		this.state.reset();
		this.cse = SdkClients.cse(this.port, PROJECT);
	}

	@Test
	void theSdkShouldUpgradeTheDemoEngineAndSeeItsJobFinish() {
		UpgradeEngineResponse accepted = this.cse.upgradeEngine(new UpgradeEngineRequest().withEngineId(ENGINE)
			.withXEnterpriseProjectID("0")
			.withBody(new EngineUpdateReq().withVersion("2.4.0")));

		assertThat(accepted.getHttpStatusCode()).isEqualTo(200);
		assertThat(accepted.getId()).isEqualTo(ENGINE);
		assertThat(accepted.getName()).isEqualTo("test");
		assertThat(accepted.getJobId()).isPositive();
		ShowEngineJobRequest poll = new ShowEngineJobRequest().withEngineId(ENGINE)
			.withJobId(String.valueOf(accepted.getJobId()));
		ShowEngineJobResponse running = this.cse.showEngineJob(poll);
		assertThat(running.getStatus()).hasToString("Executing");
		assertThat(running.getScheduling()).isEqualTo(1);
		assertThat(running.getTasks()).hasSize(4);
		assertThat(running.getTasks().get(0).getTasks().get(0).getJobId()).isEqualTo(accepted.getJobId());

		await().atMost(Duration.ofSeconds(10)).until(() -> {
			this.clock.advance(Duration.ofMinutes(10));
			return "Finished".equals(this.cse.showEngineJob(poll).getStatus().getValue());
		});

		ShowEngineJobResponse finished = this.cse.showEngineJob(poll);
		assertThat(finished.getType()).hasToString("Upgrade");
		assertThat(finished.getScheduling()).isZero();
		assertThat(finished.getEndTime()).isGreaterThan(finished.getStartTime());
		ShowEngineResponse engine = this.cse.showEngine(new ShowEngineRequest().withEngineId(ENGINE));
		assertThat(engine.getVersion()).isEqualTo("2.4.0");
		assertThat(engine.getLatestVersion()).isEqualTo("2.4.0");
		assertThat(engine.getStatus()).hasToString("Available");
		assertThat(engine.getLatestJobId()).isEqualTo(accepted.getJobId());
	}

	@Test
	void theSdkShouldReadEveryFieldOfTheEngine() {
		ShowEngineResponse engine = this.cse.showEngine(new ShowEngineRequest().withEngineId(ENGINE));

		assertThat(engine.getName()).isEqualTo("test");
		assertThat(engine.getFlavor()).isEqualTo("cse.s1.small2");
		assertThat(engine.getSpecType()).hasToString("CSE2");
		assertThat(engine.getType()).hasToString("CSE");
		assertThat(engine.getAuthType()).hasToString("NONE");
		assertThat(engine.getCreateTime()).isEqualTo(1_699_419_600_000L);
		assertThat(engine.getReference().getAzList()).containsExactly("cn-north-4a", "cn-north-4b");
		assertThat(engine.getReference().getInstanceLimit()).isEqualTo(100);
		assertThat(engine.getCceSpec().getClusterNodes().getClusterNodes()).hasSize(2);
		assertThat(engine.getExternalEntrypoint().getServiceEndpoint()).containsKeys("serviceCenter", "kie");
		assertThat(engine.getEnterpriseProjectId()).isEqualTo("0");
		assertThat(engine.getProjectId()).isEqualTo(PROJECT);
	}

	@Test
	void anUpgradeOfAnUnknownEngineShouldRaiseTheSdksClientError() {
		ClientRequestException error = catchThrowableOfType(ClientRequestException.class,
				() -> this.cse.upgradeEngine(new UpgradeEngineRequest().withEngineId("no-such-engine")
					.withBody(new EngineUpdateReq().withVersion("2.4.0"))));

		assertThat(error.getHttpStatusCode()).isEqualTo(400);
		assertThat(error.getErrorCode()).isEqualTo("SVCSTG.00501116");
		assertThat(error.getErrorMsg()).isEqualTo("Failed to find the engine instance.");
		assertThat(error.getRequestId()).matches("[0-9a-f]{32}");
	}

	@Test
	void aRefusedUpgradeShouldRaiseTheSdksClientErrorWithTheMessage() {
		ClientRequestException error = catchThrowableOfType(ClientRequestException.class,
				() -> this.cse.upgradeEngine(new UpgradeEngineRequest().withEngineId(ENGINE)
					.withBody(new EngineUpdateReq().withVersion("2.3.1"))));

		assertThat(error.getHttpStatusCode()).isEqualTo(400);
		assertThat(error.getErrorCode()).isEqualTo("SVCSTG.00500400");
		assertThat(error.getErrorMsg()).contains("'2.3.1' is not newer than the engine's version 2.3.4");
	}

	@Test
	void anUnknownJobShouldRaiseTheSdksClientError() {
		ClientRequestException error = catchThrowableOfType(ClientRequestException.class,
				() -> this.cse.showEngineJob(new ShowEngineJobRequest().withEngineId(ENGINE).withJobId("1")));

		assertThat(error.getErrorCode()).isEqualTo("SVCSTG.00501153");
	}

}
