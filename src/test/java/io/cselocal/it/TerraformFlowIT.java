package io.cselocal.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.jayway.jsonpath.JsonPath;
import io.cselocal.CseLocalServerTest;
import io.cselocal.clock.EmulatorClock;
import io.cselocal.seed.StartupState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.cselocal.ApiTestSupport.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The calls the Terraform provider's {@code huaweicloud_cse_microservice_engine} makes, over plain HTTP with its
 * headers: create, wait for the job to be {@code Finished}, read, update the description, delete, and wait until
 * the delete job itself answers 400 {@code SVCSTG.00501116}.
 */
@CseLocalServerTest
class TerraformFlowIT {

	private static final String ENGINES = "/v2/" + PROJECT + "/enginemgr/engines";

	@LocalServerPort
	private int port;

	@Autowired
	private StartupState state;

	@Autowired
	private EmulatorClock clock;

	private final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void reset() {
		this.state.reset();
	}

	@Test
	void terraformsCreateReadUpdateDeleteLoopShouldWork() throws Exception {
		HttpResponse<String> created = send("POST", ENGINES, """
				{"payment":"1","name":"tf-engine","flavor":"cse.s1.small2","networkId":"net-0001","authType":"RBAC",
				 "vpc":"vpc-demo","vpcId":"vpc-0001","subnetCidr":"192.168.0.0/24","description":"managed by terraform",
				 "azList":["cn-north-4a"],"auth_cred":{"pwd":"Terraform#2024"},"specType":"CSE2",
				 "inputs":{"nodeFlavor":"s6.large.2"}}
				""");
		assertThat(created.statusCode()).isEqualTo(200);
		String id = JsonPath.read(created.body(), "$.id");
		int createJob = JsonPath.read(created.body(), "$.jobId");

		awaitJob(id, createJob, "Finished");

		HttpResponse<String> read = send("GET", ENGINES + "/" + id, null);
		assertThat(read.statusCode()).isEqualTo(200);
		assertThat((String) JsonPath.read(read.body(), "$.reference.networkId")).isEqualTo("net-0001");
		assertThat((String) JsonPath.read(read.body(), "$.specType")).isEqualTo("CSE2");
		assertThat((String) JsonPath.read(read.body(), "$.externalEntrypoint.serviceEndpoint.serviceCenter.masterEntrypoint"))
			.startsWith("https://192.168.0.");
		assertThat((Number) JsonPath.read(read.body(), "$.createTime")).isNotNull();
		assertThat((Object) JsonPath.read(read.body(), "$.reference.serviceLimit")).isEqualTo("100");
		assertThat((Object) JsonPath.read(read.body(), "$.reference.instanceLimit")).isEqualTo("100");

		HttpResponse<String> updated = send("PUT", ENGINES + "/" + id, "{\"description\":\"changed by terraform\"}");
		assertThat(updated.statusCode()).isEqualTo(200);
		assertThat(updated.body()).isEmpty();
		assertThat((String) JsonPath.read(send("GET", ENGINES + "/" + id, null).body(), "$.description"))
			.isEqualTo("changed by terraform");

		HttpResponse<String> deleted = send("DELETE", ENGINES + "/" + id, null);
		assertThat(deleted.statusCode()).isEqualTo(200);
		int deleteJob = JsonPath.read(deleted.body(), "$.jobId");
		await().atMost(Duration.ofSeconds(10)).until(() -> {
			this.clock.advance(Duration.ofMinutes(10));
			return send("GET", ENGINES + "/" + id + "/jobs/" + deleteJob, null).statusCode() == 400;
		});
		HttpResponse<String> gone = send("GET", ENGINES + "/" + id + "/jobs/" + deleteJob, null);
		assertThat((String) JsonPath.read(gone.body(), "$.error_code")).isEqualTo("SVCSTG.00501116");
		assertThat(send("GET", ENGINES + "/" + id, null).statusCode()).isEqualTo(400);
	}

	@Test
	void terraformsFlavorAndListDataSourcesShouldWork() throws Exception {
		HttpResponse<String> flavors = send("GET", "/v2/" + PROJECT + "/enginemgr/flavors?specType=CSE2", null);
		assertThat(flavors.statusCode()).isEqualTo(200);
		assertThat((String) JsonPath.read(flavors.body(), "$.data[0].spec.availableCpuMemory")).isNotEmpty();

		HttpResponse<String> page = send("GET", ENGINES + "?type=CSE&limit=100&offset=0", null);
		assertThat((Integer) JsonPath.read(page.body(), "$.total")).isEqualTo(1);
		assertThat((String) JsonPath.read(page.body(), "$.data[0].serviceEndpoint.kie.masterEntrypoint"))
			.endsWith(":30110");
		HttpResponse<String> next = send("GET", ENGINES + "?type=CSE&limit=100&offset=1", null);
		assertThat((java.util.List<?>) JsonPath.read(next.body(), "$.data")).isEmpty();
	}

	private void awaitJob(String engineId, int jobId, String status) {
		await().atMost(Duration.ofSeconds(10)).until(() -> {
			this.clock.advance(Duration.ofMinutes(10));
			HttpResponse<String> job = send("GET", ENGINES + "/" + engineId + "/jobs/" + jobId, null);
			return status.equals(JsonPath.read(job.body(), "$.status"));
		});
	}

	private HttpResponse<String> send(String method, String path, String body) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("Content-Type", "application/json;charset=UTF-8")
			.header("Accept", "application/json")
			.header("X-Auth-Token", "terraform-token")
			.header("User-Agent", "HashiCorp Terraform/1.9.5 (+https://www.terraform.io) Terraform Plugin SDK/2.34.0 "
					+ "terraform-provider-huaweicloud/1.71.1")
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body)
					: HttpRequest.BodyPublishers.noBody());
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
