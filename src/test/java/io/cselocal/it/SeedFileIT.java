package io.cselocal.it;

import io.cselocal.ApiTestSupport;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.cselocal.ApiTestSupport.DEMO;
import static io.cselocal.ApiTestSupport.PROJECT;
import static io.cselocal.it.Http.assertError;
import static io.cselocal.it.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * With {@code cselocal.seed-file} set, cse-local starts from that document, and a reset goes back to it. The first
 * test sees the store as the start left it, so it runs first.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "cselocal.jobs.stage-duration=10m", "cselocal.seed-file=classpath:seed/sample-state.json" })
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SeedFileIT {

	private static final String[] TOKEN = { "X-Auth-Token", "t" };

	private static final String SEEDED = ApiTestSupport.ENGINES + "/seeded-engine";

	private static final String NACOS = "/v2/team-b/enginemgr/engines/nacos-1";

	@LocalServerPort
	private int port;

	@Test
	@Order(1)
	void theStoreShouldStartFromTheSeedFileAndAResetShouldGoBackToIt() {
		Http http = new Http(this.port);
		assertSeeded(http);
		http.putEngine("team-b", "nacos-1", "{\"status\":\"Available\"}");
		http.putEngine(PROJECT, "another", "{}");

		http.reset();

		assertSeeded(http);
		assertError(http.get(ApiTestSupport.ENGINES + "/another", TOKEN), 400, "SVCSTG.00501116",
				"Failed to find the engine instance.");
	}

	@Test
	@Order(2)
	void aSeededFailedUpgradeShouldBeRetriedAsAnyOther() {
		Http http = new Http(this.port);
		http.reset();

		JsonNode retried = json(http.put(NACOS + "/actions", "{\"action\":\"Retry\"}", TOKEN));
		http.advance(3 * 120);

		assertThat(retried.get("jobId").asInt()).isEqualTo(502);
		JsonNode engine = json(http.get(NACOS, TOKEN));
		assertThat(engine.get("status").asString()).isEqualTo("Available");
		assertThat(engine.get("version").asString()).isEqualTo("2.4.0");
		assertThat(json(http.put(SEEDED + "/upgrade", "{\"version\":\"2.4.0\"}", TOKEN)).get("jobId").asInt())
			.isGreaterThan(502);
	}

	private static void assertSeeded(Http http) {
		assertError(http.get(DEMO, TOKEN), 400, "SVCSTG.00501116", "Failed to find the engine instance.");
		JsonNode seeded = json(http.get(SEEDED, TOKEN));
		assertThat(seeded.get("name").asString()).isEqualTo("seeded");
		assertThat(seeded.get("version").asString()).isEqualTo("2.3.1");
		assertThat(seeded.get("flavor").asString()).isEqualTo("cse.s1.small2");
		assertThat(seeded.get("latestJobId").asInt()).isEqualTo(501);
		JsonNode nacos = json(http.get(NACOS, TOKEN));
		assertThat(nacos.get("status").asString()).isEqualTo("UpgradeFailed");
		assertThat(nacos.get("specType").asString()).isEqualTo("Nacos2");
		assertThat(nacos.get("authType").asString()).isEqualTo("RBAC");
		assertThat(nacos.get("engineAdditionalActions").get(0).asString()).isEqualTo("Retry");
		JsonNode job = json(http.get(NACOS + "/jobs/502", TOKEN));
		assertThat(job.get("status").asString()).isEqualTo("Error");
		assertThat(job.get("tasks").get(1).get("status").asString()).isEqualTo("Error");
	}

}
