package io.cselocal.it;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;

import com.huaweicloud.sdk.core.SdkResponse;
import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.exception.ClientRequestException;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.core.region.Region;
import com.huaweicloud.sdk.cse.v1.CseClient;
import com.huaweicloud.sdk.cse.v1.model.CreateEngineRequest;
import com.huaweicloud.sdk.cse.v1.model.DeleteEngineRequest;
import com.huaweicloud.sdk.cse.v1.model.EngineConfigureReq;
import com.huaweicloud.sdk.cse.v1.model.EngineModifyReq;
import com.huaweicloud.sdk.cse.v1.model.EngineUpdateReq;
import com.huaweicloud.sdk.cse.v1.model.ListEnginesRequest;
import com.huaweicloud.sdk.cse.v1.model.ListFlavorsRequest;
import com.huaweicloud.sdk.cse.v1.model.ResizeEngineRequest;
import com.huaweicloud.sdk.cse.v1.model.ShowEngineQuotasRequest;
import com.huaweicloud.sdk.cse.v1.model.UpgradeEngineConfigRequest;
import com.huaweicloud.sdk.cse.v1.model.ShowEngineJobRequest;
import com.huaweicloud.sdk.cse.v1.model.ShowEngineRequest;
import com.huaweicloud.sdk.cse.v1.model.ShowEngineResponse;
import com.huaweicloud.sdk.cse.v1.model.UpgradeEngineRequest;
import io.cselocal.CseLocalServerTest;
import io.cselocal.StrictAuth;
import io.cselocal.clock.EmulatorClock;
import io.cselocal.seed.StartupState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static io.cselocal.ApiTestSupport.ENGINE;
import static io.cselocal.StrictAuth.OTHER_AK;
import static io.cselocal.StrictAuth.OTHER_PROJECT;
import static io.cselocal.StrictAuth.OTHER_SK;
import static io.cselocal.StrictAuth.PROJECT;
import static io.cselocal.StrictAuth.TEMP_AK;
import static io.cselocal.StrictAuth.TEMP_SK;
import static io.cselocal.StrictAuth.TEMP_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/**
 * The official Java SDK against cse-local in strict mode, over real HTTP: the right keys work for every emulated
 * operation, and each kind of wrong credentials fails as it would against Huawei Cloud, changing nothing.
 */
@CseLocalServerTest
@StrictAuth
class StrictSdkIT {

	private static final String SIGNATURE_FAIL = "Incorrect IAM authentication information: verify aksk signature fail";

	@LocalServerPort
	private int port;

	@Autowired
	private StartupState state;

	@Autowired
	private EmulatorClock clock;

	@Autowired
	private JdbcClient jdbc;

	private DemoJob demo;

	/**
	 * Starts from the start-up state. The SDK signs with the machine's time, which strict mode accepts even after
	 * a test here has moved the emulator's clock by hours.
	 */
	@BeforeEach
	void setUp() {
		this.state.reset();
		ShowEngineResponse engine = client(SdkClients.ACCESS_KEY, SdkClients.SECRET_KEY, PROJECT)
			.showEngine(new ShowEngineRequest().withEngineId(ENGINE));
		this.demo = new DemoJob(String.valueOf(engine.getLatestJobId()));
	}

	/**
	 * Every emulated operation, as the SDK calls it on the demo engine of the demo project. An operation added to
	 * cse-local is added here, and every test below covers it.
	 */
	static Stream<Named<SdkCall>> operations() {
		return Stream.of(Named.of("ShowEngine", (cse, demo) -> cse.showEngine(new ShowEngineRequest()
			.withEngineId(ENGINE))),
				Named.of("ShowEngineJob", (cse, demo) -> cse.showEngineJob(new ShowEngineJobRequest()
					.withEngineId(ENGINE)
					.withJobId(demo.jobId()))),
				Named.of("UpgradeEngine", (cse, demo) -> cse.upgradeEngine(new UpgradeEngineRequest()
					.withEngineId(ENGINE)
					.withXEnterpriseProjectID("0")
					.withBody(new EngineUpdateReq().withVersion("2.4.0")))),
				Named.of("ListFlavors", (cse, demo) -> cse.listFlavors(new ListFlavorsRequest().withSpecType("CSE2"))),
				Named.of("ShowEngineQuotas", (cse, demo) -> cse.showEngineQuotas(new ShowEngineQuotasRequest())),
				Named.of("ListEngines", (cse, demo) -> cse.listEngines(new ListEnginesRequest().withOffset(0)
					.withLimit("20")
					.withType("CSE"))),
				Named.of("CreateEngine", (cse, demo) -> cse.createEngine(new CreateEngineRequest()
					.withBody(SdkEngineOperationsIT.newEngine("strict-new")))),
				Named.of("UpgradeEngineConfig", (cse, demo) -> cse.upgradeEngineConfig(new UpgradeEngineConfigRequest()
					.withEngineId(ENGINE)
					.withBody(new EngineConfigureReq().withAuthType("RBAC")))),
				Named.of("ResizeEngine", (cse, demo) -> cse.resizeEngine(new ResizeEngineRequest().withEngineId(ENGINE)
					.withAccept("application/json")
					.withBody(new EngineModifyReq().withFlavor("cse.s1.large2")))),
				Named.of("DeleteEngine", (cse, demo) -> cse.deleteEngine(new DeleteEngineRequest().withEngineId(ENGINE))));
	}

	@ParameterizedTest
	@MethodSource("operations")
	void theRightKeysShouldWork(SdkCall operation) {
		SdkResponse answer = operation.call(client(SdkClients.ACCESS_KEY, SdkClients.SECRET_KEY, PROJECT), this.demo);

		assertThat(answer.getHttpStatusCode()).isEqualTo(200);
	}

	@ParameterizedTest
	@MethodSource("operations")
	void temporaryCredentialsShouldWork(SdkCall operation) {
		CseClient cse = client(new BasicCredentials().withAk(TEMP_AK)
			.withSk(TEMP_SK)
			.withSecurityToken(TEMP_TOKEN)
			.withProjectId(PROJECT));

		assertThat(operation.call(cse, this.demo).getHttpStatusCode()).isEqualTo(200);
	}

	@ParameterizedTest
	@MethodSource("operations")
	void aWrongSecretKeyShouldFailWith401AndChangeNothing(SdkCall operation) {
		ClientRequestException error = refused(operation,
				client(SdkClients.ACCESS_KEY, SdkClients.SECRET_KEY.replace('0', '1'), PROJECT));

		assertThat(error.getHttpStatusCode()).isEqualTo(401);
		assertThat(error.getErrorCode()).isEqualTo("APIGW.0301");
		assertThat(error.getErrorMsg()).startsWith(SIGNATURE_FAIL + " (the signature does not match");
		assertThat(error.getRequestId()).matches("[0-9a-f]{32}");
		assertDemoEngineUntouched();
	}

	@ParameterizedTest
	@MethodSource("operations")
	void anUnknownAccessKeyShouldFailWith401AndChangeNothing(SdkCall operation) {
		ClientRequestException error = refused(operation, client("AKNOBODY00000000000", SdkClients.SECRET_KEY, PROJECT));

		assertThat(error.getHttpStatusCode()).isEqualTo(401);
		assertThat(error.getErrorCode()).isEqualTo("APIGW.0301");
		assertThat(error.getErrorMsg())
			.startsWith("Incorrect IAM authentication information: Get secretKey failed (the access key 'AKNOBODY");
		assertDemoEngineUntouched();
	}

	@ParameterizedTest
	@MethodSource("operations")
	void keysOnAProjectTheyDoNotHoldShouldFailWith403AndChangeNothing(SdkCall operation) {
		ClientRequestException error = refused(operation, client(OTHER_AK, OTHER_SK, PROJECT));

		assertThat(error.getHttpStatusCode()).isEqualTo(403);
		assertThat(error.getErrorCode()).isEqualTo("APIGW.0302");
		assertThat(error.getErrorMsg()).isEqualTo("The IAM user is not authorized to access the API: the access key "
				+ "'AKOTHER000000000000' does not hold project '" + PROJECT + "'");
		assertDemoEngineUntouched();
	}

	@ParameterizedTest
	@MethodSource("operations")
	void theDemoKeysOnAnotherProjectShouldFailWith403(SdkCall operation) {
		ClientRequestException error = refused(operation,
				client(SdkClients.ACCESS_KEY, SdkClients.SECRET_KEY, OTHER_PROJECT));

		assertThat(error.getHttpStatusCode()).isEqualTo(403);
		assertThat(error.getErrorCode()).isEqualTo("APIGW.0302");
	}

	@ParameterizedTest
	@MethodSource("operations")
	void temporaryCredentialsWithoutTheirSecurityTokenShouldFailWith401(SdkCall operation) {
		ClientRequestException error = refused(operation, client(TEMP_AK, TEMP_SK, PROJECT));

		assertThat(error.getHttpStatusCode()).isEqualTo(401);
		assertThat(error.getErrorMsg()).isEqualTo(SIGNATURE_FAIL + " (the access key 'AKTEMPORARY00000000' is "
				+ "temporary: the request must carry its X-Security-Token)");
		assertDemoEngineUntouched();
	}

	@Test
	void aSecurityTokenWithKeysThatAreNotTemporaryShouldFailWith401() {
		CseClient cse = client(new BasicCredentials().withAk(SdkClients.ACCESS_KEY)
			.withSk(SdkClients.SECRET_KEY)
			.withSecurityToken("TEMPTOKEN123")
			.withProjectId(PROJECT));

		ClientRequestException error = refused((client, demo) -> client.showEngine(new ShowEngineRequest()
			.withEngineId(ENGINE)), cse);

		assertThat(error.getHttpStatusCode()).isEqualTo(401);
		assertThat(error.getErrorMsg()).contains("is not configured as temporary credentials");
	}

	@Test
	void fiveWrongSignaturesShouldLockTheKeyUntilTheClockHasMovedFiveMinutes() {
		CseClient wrong = client(SdkClients.ACCESS_KEY, "SKWRONG", PROJECT);
		CseClient right = client(SdkClients.ACCESS_KEY, SdkClients.SECRET_KEY, PROJECT);
		ShowEngineRequest show = new ShowEngineRequest().withEngineId(ENGINE);
		for (int failure = 1; failure <= 5; failure++) {
			assertThat(catchThrowableOfType(ClientRequestException.class, () -> wrong.showEngine(show)).getErrorMsg())
				.startsWith(SIGNATURE_FAIL);
		}

		ClientRequestException locked = catchThrowableOfType(ClientRequestException.class, () -> right.showEngine(show));
		assertThat(locked.getHttpStatusCode()).isEqualTo(401);
		assertThat(locked.getErrorCode()).isEqualTo("APIGW.0301");
		assertThat(locked.getErrorMsg())
			.startsWith("Incorrect IAM authentication information: AK access failed to reach the limit,forbidden");

		this.clock.advance(Duration.ofMinutes(5));
		assertThat(right.showEngine(show).getStatus()).hasToString("Available");
	}

	@Test
	void aClientWithARegionButNoProjectIdShouldFindItsProjectThroughIam() {
		String base = "http://127.0.0.1:" + this.port;
		CseClient cse = CseClient.newBuilder()
			.withCredential(new BasicCredentials().withAk(SdkClients.ACCESS_KEY)
				.withSk(SdkClients.SECRET_KEY)
				.withIamEndpoint(base))
			.withRegion(new Region("cn-north-4", base))
			.withHttpConfig(HttpConfig.getDefaultHttpConfig())
			.build();

		ShowEngineResponse engine = cse.showEngine(new ShowEngineRequest().withEngineId(ENGINE));

		assertThat(engine.getProjectId()).isEqualTo(PROJECT);
	}

	private static ClientRequestException refused(SdkCall operation, CseClient cse) {
		DemoJob anyJob = new DemoJob("10001");
		return catchThrowableOfType(ClientRequestException.class, () -> operation.call(cse, anyJob));
	}

	private void assertDemoEngineUntouched() {
		ShowEngineResponse engine = client(SdkClients.ACCESS_KEY, SdkClients.SECRET_KEY, PROJECT)
			.showEngine(new ShowEngineRequest().withEngineId(ENGINE));
		assertThat(engine.getVersion()).isEqualTo("2.3.4");
		assertThat(engine.getStatus()).hasToString("Available");
		assertThat(String.valueOf(engine.getLatestJobId())).isEqualTo(this.demo.jobId());
	}

	private CseClient client(String accessKey, String secretKey, String projectId) {
		return client(new BasicCredentials().withAk(accessKey).withSk(secretKey).withProjectId(projectId));
	}

	private CseClient client(BasicCredentials credentials) {
		return CseClient.newBuilder()
			.withCredential(credentials)
			.withEndpoints(List.of("http://127.0.0.1:" + this.port))
			.withHttpConfig(HttpConfig.getDefaultHttpConfig())
			.build();
	}

	/** The demo engine's job, which ShowEngineJob reads. */
	record DemoJob(String jobId) {
	}

	/** One operation of the SDK's {@link CseClient}. */
	@FunctionalInterface
	interface SdkCall {

		SdkResponse call(CseClient cse, DemoJob demo);

	}

}
