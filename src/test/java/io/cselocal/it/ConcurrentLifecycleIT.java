package io.cselocal.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.cselocal.CseLocalServerTest;
import io.cselocal.engine.EngineStore;
import io.cselocal.seed.StartupState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.RepeatedTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static io.cselocal.ApiTestSupport.DEMO;
import static io.cselocal.ApiTestSupport.ENGINE;
import static io.cselocal.ApiTestSupport.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;

/** Racing clients: creates of one name, creates past the quota, and different state changes of one engine. */
@CseLocalServerTest
class ConcurrentLifecycleIT {

	private static final String ENGINES = "/v2/" + PROJECT + "/enginemgr/engines";

	private static final String NEW_ENGINE = """
			{"name":"%s","payment":"1","flavor":"cse.s1.small2","azList":["az1"],"authType":"NONE","vpc":"v",
			 "networkId":"n","subnetCidr":"192.168.0.0/24","specType":"CSE2"}
			""";

	@LocalServerPort
	private int port;

	@Autowired
	private StartupState state;

	@Autowired
	private EngineStore engines;

	@Autowired
	private JdbcClient jdbc;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@BeforeEach
	void reset() {
		this.state.reset();
	}

	@RepeatedTest(3)
	void concurrentCreatesOfOneNameShouldHaveOneWinner() throws Exception {
		List<HttpResponse<String>> answers = race(12, (i) -> request("POST", ENGINES, NEW_ENGINE.formatted("same-name")));

		assertThat(answers).filteredOn((answer) -> answer.statusCode() == 200).hasSize(1);
		assertThat(answers).filteredOn((answer) -> answer.statusCode() != 200)
			.allSatisfy((lost) -> assertThat(lost.body()).contains("\"error_code\":\"SVCSTG.00501111\""));
		assertThat(this.engines.nameTaken(PROJECT, "same-name")).isTrue();
		assertThat(this.engines.count(PROJECT)).isEqualTo(2);
	}

	@RepeatedTest(3)
	void concurrentCreatesShouldNeverExceedTheQuota() throws Exception {
		List<HttpResponse<String>> answers = race(12, (i) -> request("POST", ENGINES, NEW_ENGINE.formatted("engine-" + i)));

		assertThat(answers).filteredOn((answer) -> answer.statusCode() == 200).hasSize(4);
		assertThat(answers).filteredOn((answer) -> answer.statusCode() != 200)
			.allSatisfy((lost) -> assertThat(lost.body()).contains("\"error_code\":\"SVCSTG.00501112\""));
		assertThat(this.engines.count(PROJECT)).isEqualTo(5);
	}

	@RepeatedTest(3)
	void concurrentStateChangesOfOneEngineShouldHaveOneWinner() throws Exception {
		List<HttpRequest> changes = List.of(request("PUT", DEMO + "/upgrade", "{\"version\":\"2.4.0\"}"),
				request("PUT", DEMO + "/config", "{\"authType\":\"RBAC\"}"),
				request("PUT", DEMO + "/resize", "{\"flavor\":\"cse.s1.medium2\"}"), request("DELETE", DEMO, null));

		List<HttpResponse<String>> answers = race(16, (i) -> changes.get(i % changes.size()));

		assertThat(answers).filteredOn((answer) -> answer.statusCode() == 200).hasSize(1);
		assertThat(answers).filteredOn((answer) -> answer.statusCode() != 200)
			.allSatisfy((lost) -> assertThat(lost.statusCode()).isEqualTo(400));
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM jobs WHERE engine_id = :engine AND status = 'Executing'")
			.param("engine", ENGINE)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	private List<HttpResponse<String>> race(int clients, java.util.function.IntFunction<HttpRequest> requests)
			throws Exception {
		CyclicBarrier start = new CyclicBarrier(clients);
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			List<Future<HttpResponse<String>>> calls = new ArrayList<>();
			for (int i = 0; i < clients; i++) {
				HttpRequest request = requests.apply(i);
				Callable<HttpResponse<String>> call = () -> {
					start.await();
					return this.http.send(request, HttpResponse.BodyHandlers.ofString());
				};
				calls.add(pool.submit(call));
			}
			List<HttpResponse<String>> answers = new ArrayList<>();
			for (Future<HttpResponse<String>> call : calls) {
				answers.add(call.get());
			}
			return answers;
		}
		finally {
			pool.shutdownNow();
		}
	}

	private HttpRequest request(String method, String path, String body) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path))
			.header("X-Auth-Token", "token")
			.header("Content-Type", "application/json")
			.method(method,
					(body != null) ? HttpRequest.BodyPublishers.ofString(body) : HttpRequest.BodyPublishers.noBody())
			.build();
	}

}
