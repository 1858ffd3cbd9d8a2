package io.cselocal.it;

import java.net.http.HttpResponse;
import java.util.stream.Stream;

import io.cselocal.CseLocalServerTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;


import static io.cselocal.ApiTestSupport.DEMO;
import static io.cselocal.ApiTestSupport.ENGINE;
import static io.cselocal.ApiTestSupport.PROJECT;
import static io.cselocal.it.Http.assertError;
import static io.cselocal.it.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The clock and PUT engine of the control plane, over HTTP. */
@CseLocalServerTest
class ClockAndEnginesIT extends ControlPlaneTestSupport {

	private static final String ENGINE_PATH = "/_emulator/projects/" + PROJECT + "/engines/";

	@Test
	void theClockShouldMoveForwardByTheGivenSeconds() {
		JsonNode before = json(this.http.get("/_emulator/clock"));

		HttpResponse<String> moved = this.http.post("/_emulator/clock/advance", "{\"seconds\":86400}");

		JsonNode after = json(moved);
		assertThat(after.get("offsetMillis").asLong()).isEqualTo(before.get("offsetMillis").asLong() + 86_400_000L);
		assertThat(after.get("now").asLong() - before.get("now").asLong()).isBetween(86_400_000L, 86_460_000L);
		assertThat(after.get("nowIso").asString()).isEqualTo(java.time.Instant.ofEpochMilli(after.get("now").asLong())
			.toString());
	}

	@Test
	void movingTheClockShouldFinishALongJobAsIfTheTimeHadPassed() {
		int jobId = json(this.http.put(DEMO + "/upgrade", "{\"version\":\"2.4.0\"}", TOKEN)).get("jobId").asInt();
		this.http.advance(3 * 600);
		JsonNode running = json(this.http.get(DEMO + "/jobs/" + jobId, TOKEN));
		assertThat(running.get("tasks").valueStream().map((stage) -> stage.get("status").asString()))
			.containsExactly("Finished", "Finished", "Finished", "Executing");

		this.http.advance(600);

		JsonNode job = json(this.http.get(DEMO + "/jobs/" + jobId, TOKEN));
		assertThat(job.get("status").asString()).isEqualTo("Finished");
		assertThat(job.get("endTime").asLong() - job.get("startTime").asLong()).isEqualTo(4 * 600_000L);
		JsonNode engine = json(this.http.get(DEMO, TOKEN));
		assertThat(engine.get("version").asString()).isEqualTo("2.4.0");
		assertThat(engine.get("status").asString()).isEqualTo("Available");
	}

	@ParameterizedTest
	@MethodSource("badAdvances")
	void theClockShouldNeverMoveBackNorTakeABadBody(String body, String message) {
		long offset = json(this.http.get("/_emulator/clock")).get("offsetMillis").asLong();

		assertError(this.http.post("/_emulator/clock/advance", body), 400, "SVCSTG.00500400", message);

		assertThat(json(this.http.get("/_emulator/clock")).get("offsetMillis").asLong()).isEqualTo(offset);
	}

	static Stream<Arguments> badAdvances() {
		return Stream.of(Arguments.of("{\"seconds\":0}", "Parameter 'seconds' must be at least 1: the clock only "
				+ "moves forward."),
				Arguments.of("{\"seconds\":-60}", "Parameter 'seconds' must be at least 1: the clock only moves forward."),
				Arguments.of("{\"seconds\":315360001}", "Parameter 'seconds' must be at most 315360000 (ten years)."),
				Arguments.of("{\"seconds\":1.5}", "Parameter 'seconds' must be an integer."),
				Arguments.of("{\"seconds\":\"60\"}", "Parameter 'seconds' must be an integer."),
				Arguments.of("{}", "Parameter 'seconds' is required."),
				Arguments.of("{\"minutes\":1}", "Parameter 'minutes' is not a known field; the known fields are seconds."),
				Arguments.of("", "The request body is missing: a JSON object is required."));
	}

	@Test
	void puttingAnAbsentEngineShouldCreateItWithTheDefaults() {
		JsonNode engine = this.http.putEngine(PROJECT, "fresh", "{}");

		assertThat(engine.get("id").asString()).isEqualTo("fresh");
		assertThat(engine.get("name").asString()).isEqualTo("fresh");
		assertThat(engine.get("status").asString()).isEqualTo("Available");
		assertThat(engine.get("version").asString()).isEqualTo("2.4.0");
		assertThat(engine.get("flavor").asString()).isEqualTo("cse.s1.small2");
		assertThat(engine.get("specType").asString()).isEqualTo("CSE2");
		assertThat(engine.get("authType").asString()).isEqualTo("NONE");
		assertThat(engine.get("enterpriseProjectId").asString()).isEqualTo("0");
		assertThat(engine.get("latestJobId").isNull()).isTrue();
		assertThat(this.http.get(ApiPaths.engine("fresh"), TOKEN).body()).isEqualTo(engine.toString());
	}

	@Test
	void puttingAnEngineShouldChangeOnlyTheGivenFields() {
		JsonNode engine = this.http.putEngine(PROJECT, ENGINE, "{\"status\":\"UpgradeFailed\",\"version\":\"2.3.1\","
				+ "\"specType\":\"Nacos2\",\"authType\":\"RBAC\",\"name\":\"renamed\"}");

		assertThat(engine.get("status").asString()).isEqualTo("UpgradeFailed");
		assertThat(engine.get("engineAdditionalActions").get(0).asString()).isEqualTo("Retry");
		assertThat(engine.get("version").asString()).isEqualTo("2.3.1");
		assertThat(engine.get("specType").asString()).isEqualTo("Nacos2");
		assertThat(engine.get("flavor").asString()).isEqualTo("cse.nacos2.c1.large.10");
		assertThat(engine.get("authType").asString()).isEqualTo("RBAC");
		assertThat(engine.get("name").asString()).isEqualTo("renamed");
		assertThat(engine.get("description").asString()).isEqualTo("Demo engine of cse-local");
		JsonNode moved = this.http.putEngine(PROJECT, ENGINE, "{\"enterpriseProjectId\":\"ep-2\"}");
		assertThat(moved.get("enterpriseProjectId").asString()).isEqualTo("ep-2");
		assertThat(this.http.get(DEMO, TOKEN).statusCode()).isEqualTo(400);
		assertThat(this.http.get(DEMO, "X-Auth-Token", "t", "X-Enterprise-Project-ID", "ep-2").statusCode())
			.isEqualTo(200);
	}

	@Test
	void puttingAnEngineShouldStopTheJobRunningOnItForGood() {
		int jobId = json(this.http.put(DEMO + "/upgrade", "{\"version\":\"2.4.0\"}", TOKEN)).get("jobId").asInt();
		this.http.advance(600);

		this.http.putEngine(PROJECT, ENGINE, "{\"status\":\"Available\"}");
		this.http.advance(24 * 3600);

		JsonNode job = json(this.http.get(DEMO + "/jobs/" + jobId, TOKEN));
		assertThat(job.get("status").asString()).isEqualTo("Error");
		assertThat(job.get("tasks").valueStream().map((stage) -> stage.get("status").asString()))
			.containsExactly("Finished", "Error", "Init", "Init");
		JsonNode engine = json(this.http.get(DEMO, TOKEN));
		assertThat(engine.get("status").asString()).isEqualTo("Available");
		assertThat(engine.get("version").asString()).isEqualTo("2.3.4");
		assertThat(this.http.put(DEMO + "/upgrade", "{\"version\":\"2.4.0\"}", TOKEN).statusCode()).isEqualTo(200);
	}

	@ParameterizedTest
	@MethodSource("badEngines")
	void aBadEngineShouldBeRefusedAndNothingChanged(String engineId, String body, String message) {
		String before = this.http.get("/_emulator/state").body();

		assertError(this.http.put(ENGINE_PATH + engineId, body), 400, "SVCSTG.00500400", message);

		assertThat(this.http.get("/_emulator/state").body()).isEqualTo(before);
	}

	static Stream<Arguments> badEngines() {
		return Stream.of(Arguments.of(ENGINE, "{\"status\":\"Sleeping\"}", "Parameter 'status' must be one of "
				+ "[Creating, Available, Unavailable, Deleting, Deleted, Upgrading, Modifying, CreateFailed, "
				+ "DeleteFailed, UpgradeFailed, ModifyFailed, Freezed]."),
				Arguments.of(ENGINE, "{\"version\":\"v2\"}",
						"Parameter 'version' must be one to four dot-separated numbers, such as 2.4.0."),
				Arguments.of(ENGINE, "{\"flavor\":\"cse.s1.huge\"}", "Parameter 'flavor' 'cse.s1.huge' is not a flavor; "
						+ "the flavors are: cse.s1.small2, cse.s1.medium2, cse.s1.large2, cse.s1.xlarge2, "
						+ "cse.nacos2.c1.large.10, cse.nacos2.c1.xlarge.20, cse.nacos2.c1.xlarge.50, "
						+ "cse.nacos2.c1.xlarge.60, cse.nacos2.c1.2xlarge.100, cse.microgateway.pro.small.1, "
						+ "cse.microgateway.pro.medium.1, cse.microgateway.pro.large.1."),
				Arguments.of(ENGINE, "{\"flavor\":\"cse.s1.small2\",\"specType\":\"MicroGateway\"}",
						"Parameter 'specType' 'MicroGateway' does not match flavor cse.s1.small2, which is of spec "
								+ "type CSE2."),
				Arguments.of(ENGINE, "{\"specType\":\"CSE\"}", "Parameter 'specType' must be CSE2, Nacos2 or MicroGateway."),
				Arguments.of(ENGINE, "{\"authType\":\"AKSK\"}", "Parameter 'authType' must be RBAC or NONE."),
				Arguments.of(ENGINE, "{\"name\":\"\"}", "Parameter 'name' must be 1 to 64 characters."),
				Arguments.of(ENGINE, "{\"name\":\"   \"}", "Parameter 'name' must not be blank."),
				Arguments.of(ENGINE, "{\"name\":\"" + "n".repeat(65) + "\"}", "Parameter 'name' must be 1 to 64 characters."),
				Arguments.of(ENGINE, "{\"enterpriseProjectId\":\"ep 1\"}",
						"Parameter 'enterpriseProjectId' must be 1 to 64 letters, digits, hyphens or underscores."),
				Arguments.of(ENGINE, "{\"state\":\"Available\"}", "Parameter 'state' is not a known field; the known "
						+ "fields are authType, enterpriseProjectId, flavor, name, specType, status, version."),
				Arguments.of("e".repeat(65), "{}", "Invalid engine_id '" + "e".repeat(65) + "': it must be 1 to 64 "
						+ "characters, got 65."),
				Arguments.of(ENGINE, "", "The request body is missing: a JSON object is required."),
				Arguments.of("another-engine", "{\"name\":\"test\"}", "Parameter 'name' 'test' is the name of "
						+ "another engine of project " + PROJECT + "; names are unique in a project."));
	}

	/** Paths of the emulated API. */
	private static final class ApiPaths {

		static String engine(String id) {
			return "/v2/" + PROJECT + "/enginemgr/engines/" + id;
		}

	}

}
