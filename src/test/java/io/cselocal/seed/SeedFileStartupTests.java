package io.cselocal.seed;

import io.cselocal.CseLocalApplication;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A seed file that cannot be used stops the start, saying which file and what is wrong with it. */
class SeedFileStartupTests {

	@Test
	void anInvalidSeedFileShouldStopTheStartWithItsProblem() {
		assertThatThrownBy(() -> start("classpath:seed/invalid-state.json")).rootCause()
			.hasMessage("cselocal.seed-file classpath:seed/invalid-state.json is not a valid state document: "
					+ "Parameter 'engines[0].status' must be one of [Creating, Available, Unavailable, Deleting, "
					+ "Deleted, Upgrading, Modifying, CreateFailed, DeleteFailed, UpgradeFailed, ModifyFailed, Freezed].");
	}

	@Test
	void aMissingSeedFileShouldStopTheStart() {
		assertThatThrownBy(() -> start("/nonexistent/seed.json")).rootCause()
			.hasMessageStartingWith("/nonexistent/seed.json");
	}

	private static void start(String seedFile) {
		new SpringApplicationBuilder(CseLocalApplication.class)
			.properties("server.port=0", "cselocal.seed-file=" + seedFile, "spring.datasource.generate-unique-name=true")
			.run()
			.close();
	}

}
