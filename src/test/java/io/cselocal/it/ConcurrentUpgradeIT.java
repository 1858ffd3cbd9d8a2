package io.cselocal.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.cselocal.CseLocalServerTest;
import io.cselocal.seed.StartupState;
import org.junit.jupiter.api.RepeatedTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static io.cselocal.ApiTestSupport.DEMO;
import static io.cselocal.ApiTestSupport.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

/** Twenty clients upgrade one engine at the same moment: exactly one wins, and exactly one job exists. */
@CseLocalServerTest
class ConcurrentUpgradeIT {

	private static final int CLIENTS = 20;

	@LocalServerPort
	private int port;

	@Autowired
	private StartupState state;

	@Autowired
	private JdbcClient jdbc;

	@RepeatedTest(3)
	void concurrentUpgradesOfOneEngineShouldHaveExactlyOneWinner() throws Exception {
		this.state.reset();
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		CyclicBarrier start = new CyclicBarrier(CLIENTS);
		List<HttpResponse<String>> answers = new ArrayList<>();
		ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
		try {
			List<Future<HttpResponse<String>>> calls = new ArrayList<>();
			for (int i = 0; i < CLIENTS; i++) {
				calls.add(pool.submit(() -> {
					start.await();
					return http.send(upgrade(), HttpResponse.BodyHandlers.ofString());
				}));
			}
			for (Future<HttpResponse<String>> call : calls) {
				answers.add(call.get());
			}
		}
		finally {
			pool.shutdownNow();
		}

		List<HttpResponse<String>> won = answers.stream().filter((answer) -> answer.statusCode() == 200).toList();
		assertThat(won).hasSize(1);
		String jobId = won.get(0).body().replaceAll(".*\"jobId\":(\\d+).*", "$1");
		assertThat(answers).filteredOn((answer) -> answer.statusCode() != 200)
			.hasSize(CLIENTS - 1)
			.allSatisfy((lost) -> {
				assertThat(lost.statusCode()).isEqualTo(400);
				assertThat(lost.body()).contains("\"error_code\":\"SVCSTG.00500400\"").containsIgnoringCase("job " + jobId);
			});
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM jobs WHERE engine_id = :engine AND type = 'Upgrade'")
			.param("engine", ENGINE)
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	private HttpRequest upgrade() {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + DEMO + "/upgrade"))
			.header("X-Auth-Token", "token")
			.header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString("{\"version\":\"2.4.0\"}"))
			.build();
	}

}
