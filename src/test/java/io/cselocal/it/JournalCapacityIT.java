package io.cselocal.it;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.cselocal.ApiTestSupport.DEMO;
import static io.cselocal.it.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/** With {@code cselocal.journal.capacity=5}, only the five newest requests are kept, whatever the load. */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "cselocal.jobs.stage-duration=10m", "cselocal.journal.capacity=5" })
class JournalCapacityIT {

	@LocalServerPort
	private int port;

	@Test
	void theJournalShouldKeepOnlyTheNewestEntriesUpToItsCapacity() {
		Http http = new Http(this.port);
		http.reset();
		for (int n = 1; n <= 12; n++) {
			http.get(DEMO + "?n=" + n, "X-Auth-Token", "t");
		}

		JsonNode journal = json(http.get("/_emulator/requests"));

		assertThat(journal.get("capacity").asInt()).isEqualTo(5);
		assertThat(journal.get("requests").valueStream().map((entry) -> entry.get("query").asString()))
			.containsExactly("n=12", "n=11", "n=10", "n=9", "n=8");
	}

	@Test
	void manyConcurrentRequestsShouldLeaveNoMoreThanTheCapacity() throws Exception {
		Http http = new Http(this.port);
		http.reset();
		ExecutorService clients = Executors.newFixedThreadPool(8);
		try {
			List<Future<Integer>> answers = IntStream.range(0, 200)
				.mapToObj((n) -> clients.submit(() -> http.get(DEMO + "?n=" + n, "X-Auth-Token", "t").statusCode()))
				.toList();
			for (Future<Integer> answer : answers) {
				assertThat(answer.get()).isEqualTo(200);
			}
		}
		finally {
			clients.shutdown();
		}

		JsonNode entries = json(http.get("/_emulator/requests")).get("requests");

		assertThat(entries).hasSize(5);
		assertThat(entries.valueStream().map((entry) -> entry.get("id").asLong()))
			.containsExactly(200L, 199L, 198L, 197L, 196L);
	}

}
