package io.cselocal.it;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;

import com.jayway.jsonpath.JsonPath;
import io.cselocal.CseLocalApplication;
import io.cselocal.clock.EmulatorClock;
import io.cselocal.seed.StartupState;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

import static io.cselocal.ApiTestSupport.DEMO;
import static io.cselocal.ApiTestSupport.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two cse-local instances sharing one PostgreSQL database, as replicas behind a load balancer: they seed once, race
 * without lost updates, never hand out one job id twice, and agree on the clock. Runs when
 * {@code CSELOCAL_TEST_POSTGRES_URL} names a PostgreSQL server ({@code .ci/run} starts one).
 */
@EnabledIfEnvironmentVariable(named = "CSELOCAL_TEST_POSTGRES_URL", matches = ".+")
class SharedPostgresIT {

	private static final String ENGINES = "/v2/" + PROJECT + "/enginemgr/engines";

	private static final String ADMIN_URL = System.getenv("CSELOCAL_TEST_POSTGRES_URL");

	private static final String USER = System.getenv().getOrDefault("CSELOCAL_TEST_POSTGRES_USER", "cselocal");

	private static final String PASSWORD = System.getenv().getOrDefault("CSELOCAL_TEST_POSTGRES_PASSWORD", "");

	private static final String DATABASE = "cselocal_it_" + UUID.randomUUID().toString().replace("-", "");

	private static final List<ConfigurableApplicationContext> instances = new ArrayList<>();

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@BeforeAll
	static void startTwoInstancesOnOneDatabase() throws Exception {
		admin("CREATE DATABASE " + DATABASE);
		String url = ADMIN_URL.substring(0, ADMIN_URL.lastIndexOf('/') + 1) + DATABASE;
		for (int i = 0; i < 2; i++) {
			instances.add(new SpringApplicationBuilder(CseLocalApplication.class).run("--server.port=0",
					"--spring.datasource.url=" + url, "--spring.datasource.username=" + USER,
					"--spring.datasource.password=" + PASSWORD, "--cselocal.jobs.stage-duration=10m",
					"--management.server.port=-1"));
		}
	}

	@AfterAll
	static void stop() throws Exception {
		instances.forEach(ConfigurableApplicationContext::close);
		admin("DROP DATABASE IF EXISTS " + DATABASE);
	}

	@BeforeEach
	void reset() {
		instances.get(0).getBean(StartupState.class).reset();
	}

	@Test
	void bothInstancesShouldServeTheOneDemoEngineSeededOnce() throws Exception {
		for (int instance = 0; instance < 2; instance++) {
			HttpResponse<String> list = send(instance, "GET", ENGINES, null);
			assertThat((Integer) JsonPath.read(list.body(), "$.total")).isEqualTo(1);
		}
	}

	@Test
	void upgradesRacingThroughBothInstancesShouldHaveOneWinner() throws Exception {
		List<HttpResponse<String>> answers = race(20, (i) -> request(i % 2, "PUT", DEMO + "/upgrade",
				"{\"version\":\"2.4.0\"}"));

		assertThat(answers).filteredOn((answer) -> answer.statusCode() == 200).hasSize(1);
		assertThat(answers).filteredOn((answer) -> answer.statusCode() != 200)
			.allSatisfy((lost) -> assertThat(lost.body()).contains("SVCSTG.00500400").containsIgnoringCase("job "));
	}

	@Test
	void createsRacingThroughBothInstancesShouldKeepNamesUniqueAndTheQuota() throws Exception {
		String body = """
				{"name":"%s","payment":"1","flavor":"cse.s1.small2","azList":["az1"],"authType":"NONE","vpc":"v",
				 "networkId":"n","subnetCidr":"192.168.0.0/24","specType":"CSE2"}
				""";
		List<HttpResponse<String>> sameName = race(10, (i) -> request(i % 2, "POST", ENGINES, body.formatted("twin")));
		assertThat(sameName).filteredOn((answer) -> answer.statusCode() == 200).hasSize(1);

		List<HttpResponse<String>> many = race(10, (i) -> request(i % 2, "POST", ENGINES, body.formatted("engine-" + i)));
		assertThat(many).filteredOn((answer) -> answer.statusCode() == 200)
			.as(() -> many.stream().map(HttpResponse::body).toList().toString())
			.hasSize(3);
		assertThat(many).filteredOn((answer) -> answer.statusCode() != 200)
			.allSatisfy((lost) -> assertThat(lost.body()).contains("SVCSTG.00501112"));
	}

	@Test
	void jobIdsFromBothInstancesShouldNeverRepeat() throws Exception {
		Set<Integer> ids = new HashSet<>();
		for (int i = 0; i < 8; i++) {
			HttpResponse<String> created = send(i % 2, "POST", "/v2/project-" + i + "/enginemgr/engines", """
					{"name":"node-one","payment":"1","flavor":"cse.s1.small2","azList":["az1"],"authType":"NONE",
					 "vpc":"v","networkId":"n","subnetCidr":"192.168.0.0/24","specType":"CSE2"}
					""");
			assertThat(created.statusCode()).isEqualTo(200);
			ids.add(JsonPath.read(created.body(), "$.jobId"));
		}
		assertThat(ids).hasSize(8);
	}

	@Test
	void aClockMovedThroughOneInstanceShouldFinishTheJobSeenThroughTheOther() throws Exception {
		HttpResponse<String> accepted = send(0, "PUT", DEMO + "/upgrade", "{\"version\":\"2.4.0\"}");
		int jobId = JsonPath.read(accepted.body(), "$.jobId");

		instances.get(0).getBean(EmulatorClock.class).advance(Duration.ofMinutes(40));

		HttpResponse<String> job = send(1, "GET", DEMO + "/jobs/" + jobId, null);
		assertThat((String) JsonPath.read(job.body(), "$.status")).isEqualTo("Finished");
		assertThat((String) JsonPath.read(send(0, "GET", DEMO, null).body(), "$.version")).isEqualTo("2.4.0");
	}

	private List<HttpResponse<String>> race(int clients, IntFunction<HttpRequest> requests) throws Exception {
		CyclicBarrier start = new CyclicBarrier(clients);
		ExecutorService pool = Executors.newFixedThreadPool(clients);
		try {
			List<Future<HttpResponse<String>>> calls = new ArrayList<>();
			for (int i = 0; i < clients; i++) {
				HttpRequest request = requests.apply(i);
				calls.add(pool.submit(() -> {
					start.await();
					return this.http.send(request, HttpResponse.BodyHandlers.ofString());
				}));
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

	private HttpResponse<String> send(int instance, String method, String path, String body) throws Exception {
		return this.http.send(request(instance, method, path, body), HttpResponse.BodyHandlers.ofString());
	}

	private static HttpRequest request(int instance, String method, String path, String body) {
		int port = ((WebServerApplicationContext) instances.get(instance)).getWebServer().getPort();
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
			.header("X-Auth-Token", "token")
			.method(method, (body != null) ? HttpRequest.BodyPublishers.ofString(body)
					: HttpRequest.BodyPublishers.noBody())
			.build();
	}

	private static void admin(String sql) throws Exception {
		try (Connection connection = DriverManager.getConnection(ADMIN_URL, USER, PASSWORD);
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

}
