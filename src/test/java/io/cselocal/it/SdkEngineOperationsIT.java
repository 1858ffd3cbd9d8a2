package io.cselocal.it;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.cse.v1.CseClient;
import com.huaweicloud.sdk.cse.v1.model.CreateEngineRequest;
import com.huaweicloud.sdk.cse.v1.model.CreateEngineResponse;
import com.huaweicloud.sdk.cse.v1.model.DeleteEngineRequest;
import com.huaweicloud.sdk.cse.v1.model.DeleteEngineResponse;
import com.huaweicloud.sdk.cse.v1.model.EngineAdditionalActionReq;
import com.huaweicloud.sdk.cse.v1.model.EngineConfigureReq;
import com.huaweicloud.sdk.cse.v1.model.EngineCreateReq;
import com.huaweicloud.sdk.cse.v1.model.EngineModifyReq;
import com.huaweicloud.sdk.cse.v1.model.EngineRbacPwd;
import com.huaweicloud.sdk.cse.v1.model.EngineSimpleInfo;
import com.huaweicloud.sdk.cse.v1.model.EngineUpdateReq;
import com.huaweicloud.sdk.cse.v1.model.ListEnginesRequest;
import com.huaweicloud.sdk.cse.v1.model.ListEnginesResponse;
import com.huaweicloud.sdk.cse.v1.model.ListFlavorsRequest;
import com.huaweicloud.sdk.cse.v1.model.ListFlavorsResponse;
import com.huaweicloud.sdk.cse.v1.model.ResizeEngineRequest;
import com.huaweicloud.sdk.cse.v1.model.ResizeEngineResponse;
import com.huaweicloud.sdk.cse.v1.model.RetryEngineRequest;
import com.huaweicloud.sdk.cse.v1.model.RetryEngineResponse;
import com.huaweicloud.sdk.cse.v1.model.ShowEngineJobRequest;
import com.huaweicloud.sdk.cse.v1.model.ShowEngineQuotasRequest;
import com.huaweicloud.sdk.cse.v1.model.ShowEngineQuotasResponse;
import com.huaweicloud.sdk.cse.v1.model.ShowEngineRequest;
import com.huaweicloud.sdk.cse.v1.model.ShowEngineResponse;
import com.huaweicloud.sdk.cse.v1.model.UpgradeEngineConfigRequest;
import com.huaweicloud.sdk.cse.v1.model.UpgradeEngineConfigResponse;
import com.huaweicloud.sdk.cse.v1.model.UpgradeEngineRequest;
import com.huaweicloud.sdk.cse.v1.model.UpgradeEngineResponse;
import io.cselocal.CseLocalServerTest;
import io.cselocal.TestJobFaults;
import io.cselocal.clock.EmulatorClock;
import io.cselocal.engine.Engine;
import io.cselocal.engine.EngineStatus;
import io.cselocal.engine.EngineStore;
import io.cselocal.job.JobFault;
import io.cselocal.seed.StartupState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.cselocal.ApiTestSupport.ENGINE;
import static io.cselocal.ApiTestSupport.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Every engine operation of the official Java SDK, unchanged, against cse-local: each parsed answer checked. */
@CseLocalServerTest
class SdkEngineOperationsIT {

	private static final Duration STAGE = Duration.ofMinutes(10);

	@LocalServerPort
	private int port;

	@Autowired
	private StartupState state;

	@Autowired
	private EmulatorClock clock;

	@Autowired
	private EngineStore engines;

	@Autowired
	private TestJobFaults faults;

	private CseClient cse;

	@BeforeEach
	void setUp() {
		this.state.reset();
		this.cse = SdkClients.cse(this.port, PROJECT);
	}

	@Test
	void createEngineShouldStartACreateJobThatMakesTheEngineAvailable() {
		CreateEngineResponse created = this.cse.createEngine(new CreateEngineRequest().withXEnterpriseProjectID("0")
			.withBody(newEngine("sdk-engine")));

		assertThat(created.getName()).isEqualTo("sdk-engine");
		assertThat(created.getId()).isNotBlank();
		assertThat(created.getJobId()).isPositive();
		assertThat(show(created.getId()).getStatus()).hasToString("Creating");
		runStages(3);
		ShowEngineResponse engine = show(created.getId());
		assertThat(engine.getStatus()).hasToString("Available");
		assertThat(engine.getVersion()).isEqualTo("2.4.0");
		assertThat(engine.getAuthType()).hasToString("RBAC");
		assertThat(engine.getReference().getAzList()).containsExactly("cn-north-4a");
		assertThat(this.cse.showEngineJob(new ShowEngineJobRequest().withEngineId(created.getId())
			.withJobId(String.valueOf(created.getJobId()))).getType()).hasToString("Create");
	}

	@Test
	void listEnginesShouldPageAndFilter() {
		this.cse.createEngine(new CreateEngineRequest().withBody(newEngine("second")));

		ListEnginesResponse all = this.cse.listEngines(new ListEnginesRequest().withOffset(0).withLimit("20").withType("CSE"));
		assertThat(all.getTotal()).isEqualTo(2);
		assertThat(all.getData()).extracting(EngineSimpleInfo::getName).containsExactly("second", "test");
		EngineSimpleInfo demo = all.getData().get(1);
		assertThat(demo.getId()).isEqualTo(ENGINE);
		assertThat(demo.getStatus()).hasToString("Available");
		assertThat(demo.getFlavor()).hasToString("cse.s1.small2");
		assertThat(demo.getTotalInstance()).isEqualTo(100);
		assertThat(demo.getCreateTime()).isEqualTo(1_699_419_600_000L);
		assertThat(demo.getServiceEndpoint()).containsKeys("serviceCenter", "kie");
		ListEnginesResponse second = this.cse.listEngines(new ListEnginesRequest().withOffset(1).withLimit("1"));
		assertThat(second.getData()).extracting(EngineSimpleInfo::getName).containsExactly("test");
		assertThat(this.cse.listEngines(new ListEnginesRequest()).getTotal()).isEqualTo(2);
	}

	@Test
	void showEngineShouldAnswerTheEngine() {
		ShowEngineResponse engine = show(ENGINE);

		assertThat(engine.getName()).isEqualTo("test");
		assertThat(engine.getVersion()).isEqualTo("2.3.4");
		assertThat(engine.getCceSpec().getRegion()).isEqualTo("cn-north-4");
	}

	@Test
	void listFlavorsShouldAnswerTheCatalogOfASpecType() {
		ListFlavorsResponse flavors = this.cse.listFlavors(new ListFlavorsRequest().withSpecType("CSE2"));

		assertThat(flavors.getTotal()).isEqualTo(4);
		assertThat(flavors.getData().get(0).getFlavor()).isEqualTo("cse.s1.small2");
		assertThat(flavors.getData().get(0).getSpec().getLinear()).isEqualTo("false");
		assertThat(flavors.getData().get(0).getDescription()).contains("100");
	}

	@Test
	void showEngineQuotasShouldCountTheProjectsEngines() {
		ShowEngineQuotasResponse quotas = this.cse.showEngineQuotas(new ShowEngineQuotasRequest());

		assertThat(quotas.getQuotas().getResources()).singleElement().satisfies((quota) -> {
			assertThat(quota.getType()).isEqualTo("Engine");
			assertThat(quota.getUsed()).isEqualTo(1);
			assertThat(quota.getQuota()).isEqualTo(5);
		});
	}

	@Test
	void upgradeEngineShouldUpgradeTheEngine() {
		UpgradeEngineResponse accepted = this.cse.upgradeEngine(new UpgradeEngineRequest().withEngineId(ENGINE)
			.withBody(new EngineUpdateReq().withVersion("2.4.0")));

		assertThat(accepted.getJobId()).isPositive();
		runStages(4);
		assertThat(show(ENGINE).getVersion()).isEqualTo("2.4.0");
	}

	@Test
	void upgradeEngineConfigShouldSwitchTheAuthType() {
		UpgradeEngineConfigResponse accepted = this.cse.upgradeEngineConfig(new UpgradeEngineConfigRequest()
			.withEngineId(ENGINE)
			.withBody(new EngineConfigureReq().withAuthType("RBAC")));

		assertThat(accepted.getId()).isEqualTo(ENGINE);
		assertThat(accepted.getJobId()).isPositive();
		runStages(3);
		assertThat(show(ENGINE).getAuthType()).hasToString("RBAC");
	}

	@Test
	void resizeEngineShouldReadTheJobIdFromJobUnderscoreId() {
		ResizeEngineResponse accepted = this.cse.resizeEngine(new ResizeEngineRequest().withEngineId(ENGINE)
			.withAccept("application/json")
			.withBody(new EngineModifyReq().withFlavor("cse.s1.large2").withInputs(Map.of("nodeFlavor", "s6.2xlarge.2"))));

		assertThat(accepted.getJobId()).isPositive();
		assertThat(accepted.getName()).isEqualTo("test");
		runStages(3);
		ShowEngineResponse engine = show(ENGINE);
		assertThat(engine.getFlavor()).isEqualTo("cse.s1.large2");
		assertThat(engine.getReference().getInstanceLimit()).isEqualTo(500);
	}

	@Test
	void retryEngineShouldRunAFailedJobAgain() {
		Engine demo = this.engines.find(PROJECT, ENGINE).orElseThrow();
		this.engines.update(demo.withStatus(EngineStatus.UpgradeFailed));
		ClientRequestException nothingFailed = catchThrowableOfType(ClientRequestException.class,
				() -> this.cse.retryEngine(new RetryEngineRequest().withEngineId(ENGINE)
					.withBody(new EngineAdditionalActionReq().withAction(EngineAdditionalActionReq.ActionEnum.RETRY))));

		assertThat(nothingFailed.getErrorCode()).isEqualTo("SVCSTG.00500400");
		assertThat(nothingFailed.getErrorMsg()).contains("only an engine whose latest job failed can be retried");
	}

	@Test
	void deleteEngineShouldRemoveTheEngineOnceItsJobHasRun() {
		DeleteEngineResponse accepted = this.cse.deleteEngine(new DeleteEngineRequest().withEngineId(ENGINE));

		assertThat(accepted.getId()).isEqualTo(ENGINE);
		assertThat(accepted.getName()).isEqualTo("test");
		assertThat(accepted.getJobId()).isPositive();
		runStages(2);
		ClientRequestException gone = catchThrowableOfType(ClientRequestException.class, () -> show(ENGINE));
		assertThat(gone.getErrorCode()).isEqualTo("SVCSTG.00501116");
		ClientRequestException jobGone = catchThrowableOfType(ClientRequestException.class,
				() -> this.cse.showEngineJob(new ShowEngineJobRequest().withEngineId(ENGINE)
					.withJobId(String.valueOf(accepted.getJobId()))));
		assertThat(jobGone.getErrorCode()).isEqualTo("SVCSTG.00501116");
	}

	@Test
	void retryEngineShouldFinishAFailedUpgrade() {
		this.faults.planNext(new JobFault(2, JobFault.Result.Error));
		UpgradeEngineResponse upgrade = this.cse.upgradeEngine(new UpgradeEngineRequest().withEngineId(ENGINE)
			.withBody(new EngineUpdateReq().withVersion("2.4.0")));
		runStages(2);
		assertThat(show(ENGINE).getStatus()).hasToString("UpgradeFailed");
		assertThat(show(ENGINE).getEngineAdditionalActions()).extracting(Object::toString).containsExactly("Retry");

		RetryEngineResponse retried = this.cse.retryEngine(new RetryEngineRequest().withEngineId(ENGINE)
			.withBody(new EngineAdditionalActionReq().withAction(EngineAdditionalActionReq.ActionEnum.RETRY)));

		assertThat(retried.getId()).isEqualTo(ENGINE);
		assertThat(retried.getName()).isEqualTo("test");
		assertThat(retried.getJobId()).isEqualTo(upgrade.getJobId());
		assertThat(show(ENGINE).getStatus()).hasToString("Upgrading");
		runStages(3);
		assertThat(show(ENGINE).getStatus()).hasToString("Available");
		assertThat(show(ENGINE).getVersion()).isEqualTo("2.4.0");
	}

	private ShowEngineResponse show(String id) {
		return this.cse.showEngine(new ShowEngineRequest().withEngineId(id));
	}

	private void runStages(int stages) {
		this.clock.advance(STAGE.multipliedBy(stages));
	}

	static EngineCreateReq newEngine(String name) {
		return new EngineCreateReq().withName(name)
			.withDescription("created through the SDK")
			.withPayment(EngineCreateReq.PaymentEnum.fromValue("1"))
			.withFlavor(EngineCreateReq.FlavorEnum.CSE_S1_SMALL2)
			.withAzList(List.of("cn-north-4a"))
			.withAuthType(EngineCreateReq.AuthTypeEnum.RBAC)
			.withVpc("vpc-demo")
			.withVpcId("vpc-0001")
			.withNetworkId("net-0001")
			.withSubnetCidr("192.168.10.0/24")
			.withAuthCred(new EngineRbacPwd().withPwd("Secret#123"))
			.withSpecType(EngineCreateReq.SpecTypeEnum.CSE2)
			.withInputs(Map.of("nodeFlavor", "s6.large.2"));
	}

}
