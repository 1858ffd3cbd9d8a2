package io.cselocal.it;

import java.net.http.HttpResponse;

import io.cselocal.CseLocalServerTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;


import static io.cselocal.ApiTestSupport.DEMO;
import static io.cselocal.ApiTestSupport.ENGINE;
import static io.cselocal.ApiTestSupport.PROJECT;
import static io.cselocal.it.Http.assertError;
import static io.cselocal.it.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/** POST /_emulator/reset and DELETE /_emulator/projects/{id}, over HTTP. */
@CseLocalServerTest
class ResetIT extends ControlPlaneTestSupport {

	private static final String OTHER = "other-project";

	@Test
	void resetShouldBringBackTheDemoEngineAndForgetEverythingElse() {
		this.http.putEngine(OTHER, "e1", "{}");
		this.http.post("/_emulator/faults", "{\"operation\":\"ShowEngine\",\"action\":{\"type\":\"delay\",\"millis\":1}}");
		this.http.put(DEMO + "/upgrade", "{\"version\":\"2.4.0\"}", TOKEN);

		HttpResponse<String> reset = this.http.post("/_emulator/reset", null);

		assertThat(reset.statusCode()).isEqualTo(204);
		assertThat(reset.body()).isEmpty();
		JsonNode demo = json(this.http.get(DEMO, TOKEN));
		assertThat(demo.get("status").asString()).isEqualTo("Available");
		assertThat(demo.get("version").asString()).isEqualTo("2.3.4");
		assertError(this.http.get("/v2/" + OTHER + "/enginemgr/engines/e1", TOKEN), 400, "SVCSTG.00501116",
				"Failed to find the engine instance.");
		assertThat(json(this.http.get("/_emulator/faults")).get("rules")).isEmpty();
		assertThat(json(this.http.get("/_emulator/requests")).get("requests")).hasSize(2);
	}

	@Test
	void aJobRunningAtTheResetShouldNeverWriteAgain() {
		int jobId = json(this.http.put(DEMO + "/upgrade", "{\"version\":\"2.4.0\"}", TOKEN)).get("jobId").asInt();
		this.http.advance(600);

		this.http.reset();
		this.http.advance(3 * 3600);

		JsonNode demo = json(this.http.get(DEMO, TOKEN));
		assertThat(demo.get("version").asString()).isEqualTo("2.3.4");
		assertThat(demo.get("status").asString()).isEqualTo("Available");
		assertThat(demo.get("latestJobId").asInt()).isNotEqualTo(jobId);
		assertError(this.http.get(DEMO + "/jobs/" + jobId, TOKEN), 400, "SVCSTG.00501153", "No task found.");
		int next = json(this.http.put(DEMO + "/upgrade", "{\"version\":\"2.4.0\"}", TOKEN)).get("jobId").asInt();
		assertThat(next).isGreaterThan(jobId);
	}

	@Test
	void forgettingAProjectShouldLeaveTheOthersUntouched() {
		this.http.putEngine(OTHER, "e1", "{\"status\":\"UpgradeFailed\"}");
		addDelayRule(OTHER);
		addDelayRule(PROJECT);
		addDelayRule(null);
		this.http.get("/v2/" + OTHER + "/enginemgr/engines/e1", TOKEN);
		this.http.get(DEMO, TOKEN);

		HttpResponse<String> forgotten = this.http.delete("/_emulator/projects/" + OTHER);

		assertThat(forgotten.statusCode()).isEqualTo(204);
		JsonNode journal = json(this.http.get("/_emulator/requests")).get("requests");
		assertThat(journal.valueStream().map((entry) -> entry.get("projectId").asString()))
			.containsExactly(PROJECT);
		assertError(this.http.get("/v2/" + OTHER + "/enginemgr/engines/e1", TOKEN), 400, "SVCSTG.00501116",
				"Failed to find the engine instance.");
		assertThat(json(this.http.get(DEMO, TOKEN)).get("status").asString()).isEqualTo("Available");
		JsonNode rules = json(this.http.get("/_emulator/faults")).get("rules");
		assertThat(rules).hasSize(2);
		assertThat(rules.get(0).get("projectId").asString()).isEqualTo(PROJECT);
		assertThat(rules.get(1).has("projectId")).isFalse();
	}

	@Test
	void forgettingAProjectWithAMalformedIdShouldBeRefused() {
		assertError(this.http.delete("/_emulator/projects/bad.id"), 400, "SVCSTG.00500400",
				"Invalid project_id 'bad.id': it must be 1 to 64 letters, digits, hyphens or underscores.");
		assertThat(json(this.http.get(DEMO, TOKEN)).get("id").asString()).isEqualTo(ENGINE);
	}

	private void addDelayRule(@Nullable String projectId) {
		String project = (projectId != null) ? "\"projectId\":\"" + projectId + "\"," : "";
		HttpResponse<String> added = this.http.post("/_emulator/faults",
				"{" + project + "\"operation\":\"ShowEngineJob\",\"action\":{\"type\":\"delay\",\"millis\":1}}");
		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
	}

}
