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

/** GET and PUT /_emulator/state over HTTP: the export, the import, and every document the import refuses. */
@CseLocalServerTest
class StateIT extends ControlPlaneTestSupport {

	private static final String ENGINE_FIELDS = "\"projectId\":\"p1\",\"id\":\"e1\"";

	@Test
	void theExportShouldHoldEveryStoredFieldOfTheDemoEngineAndItsJob() {
		JsonNode state = json(this.http.get("/_emulator/state"));

		JsonNode engine = state.get("engines").get(0);
		assertThat(state.get("engines")).hasSize(1);
		assertThat(engine.propertyNames()).containsExactly("projectId", "id", "enterpriseProjectId", "name",
				"description", "alias", "flavor", "specType", "authType", "payment", "version", "status", "createUser",
				"createTime", "latestJobId", "network", "inputs");
		assertThat(engine.get("id").asString()).isEqualTo(ENGINE);
		assertThat(engine.get("status").asString()).isEqualTo("Available");
		assertThat(engine.get("network").get("azList")).hasSize(2);
		JsonNode job = state.get("jobs").get(0);
		assertThat(job.propertyNames()).containsExactly("id", "projectId", "engineId", "plan", "status", "description",
				"createUser", "context", "startTime", "endTime", "stageMillis", "stages", "fault");
		assertThat(job.get("id").asInt()).isEqualTo(engine.get("latestJobId").asInt());
		assertThat(job.get("plan").asString()).isEqualTo("CREATE");
		assertThat(job.get("stages")).hasSize(3);
	}

	@Test
	void exportThenImportShouldGiveTheSameState() {
		this.http.post("/_emulator/faults", "{\"operation\":\"UpgradeEngine\",\"times\":1,\"action\":{\"type\":"
				+ "\"job-outcome\",\"result\":\"Hang\",\"atStage\":3}}");
		int jobId = json(this.http.put(DEMO + "/upgrade", "{\"version\":\"2.4.0\"}", TOKEN)).get("jobId").asInt();
		this.http.advance(900);
		this.http.putEngine("team-b", "nacos", "{\"flavor\":\"cse.nacos2.c1.xlarge.20\",\"status\":\"ModifyFailed\","
				+ "\"authType\":\"RBAC\",\"enterpriseProjectId\":\"ep-1\",\"name\":\"nacos-b\"}");
		HttpResponse<String> exported = this.http.get("/_emulator/state");
		String jobBefore = this.http.get(DEMO + "/jobs/" + jobId, TOKEN).body();
		String engineBefore = this.http.get(DEMO, TOKEN).body();
		this.http.reset();

		HttpResponse<String> imported = this.http.put("/_emulator/state", exported.body());

		assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
		assertThat(json(imported)).isEqualTo(json(exported));
		assertThat(json(this.http.get("/_emulator/state"))).isEqualTo(json(exported));
		assertThat(this.http.get(DEMO + "/jobs/" + jobId, TOKEN).body()).isEqualTo(jobBefore);
		assertThat(this.http.get(DEMO, TOKEN).body()).isEqualTo(engineBefore);
		assertThat(json(this.http.get("/v2/team-b/enginemgr/engines/nacos", "X-Auth-Token", "t", "X-Enterprise-Project-ID", "ep-1"))
			.get("specType").asString()).isEqualTo("Nacos2");
	}

	@Test
	void anImportShouldReplaceEverythingAndMoveJobIdsPastItsOwn() {
		this.http.post("/_emulator/faults", "{\"operation\":\"ShowEngine\",\"action\":{\"type\":\"delay\",\"millis\":1}}");
		String document = "{\"engines\":[{\"projectId\":\"" + PROJECT + "\",\"id\":\"imported\",\"version\":\"2.3.1\","
				+ "\"latestJobId\":900000}],\"jobs\":[" + finishedCreateJob(900000, PROJECT, "imported") + "]}";

		assertThat(this.http.put("/_emulator/state", document).statusCode()).isEqualTo(200);

		assertError(this.http.get(DEMO, TOKEN), 400, "SVCSTG.00501116", "Failed to find the engine instance.");
		assertThat(json(this.http.get("/_emulator/faults")).get("rules")).isEmpty();
		int next = json(this.http.put("/v2/" + PROJECT + "/enginemgr/engines/imported/upgrade", "{\"version\":\"2.4.0\"}",
				TOKEN)).get("jobId").asInt();
		assertThat(next).isGreaterThan(900000);
	}

	@ParameterizedTest
	@MethodSource("badDocuments")
	void aBadDocumentShouldBeRefusedWithItsPathAndNothingApplied(String document, String message) {
		String before = this.http.get("/_emulator/state").body();

		assertError(this.http.put("/_emulator/state", document), 400, "SVCSTG.00500400", message);

		assertThat(this.http.get("/_emulator/state").body()).isEqualTo(before);
	}

	static Stream<Arguments> badDocuments() {
		String job = finishedCreateJob(7, "p1", "e1");
		return Stream.of(Arguments.of("", "The request body is missing: a JSON object is required."),
				Arguments.of("{\"engines\":[]}", "Parameter 'jobs' is required."),
				Arguments.of("{\"engines\":[],\"jobs\":[],\"faults\":[]}", "Parameter 'faults' is not a known field; "
						+ "the known fields are engines, jobs."),
				Arguments.of(engines("{" + ENGINE_FIELDS + "},{\"projectId\":\"p1\",\"id\":\"e2\",\"status\":\"Broken\"}"),
						"Parameter 'engines[1].status' must be one of [Creating, Available, Unavailable, Deleting, "
								+ "Deleted, Upgrading, Modifying, CreateFailed, DeleteFailed, UpgradeFailed, "
								+ "ModifyFailed, Freezed]."),
				Arguments.of(engines("{" + ENGINE_FIELDS + ",\"version\":\"2.x\"}"),
						"Parameter 'engines[0].version' must be one to four dot-separated numbers, such as 2.4.0."),
				Arguments.of(engines("{\"projectId\":\"p1\"}"), "Parameter 'engines[0].id' is required."),
				Arguments.of(engines("{\"projectId\":\"p 1\",\"id\":\"e1\"}"),
						"Parameter 'engines[0].projectId' must be 1 to 64 letters, digits, hyphens or underscores."),
				Arguments.of(engines("{" + ENGINE_FIELDS + ",\"flavor\":\"huge\"}"), "Parameter 'engines[0].flavor' "
						+ "'huge' is not a flavor; the flavors are: cse.s1.small2, cse.s1.medium2, cse.s1.large2, "
						+ "cse.s1.xlarge2, cse.nacos2.c1.large.10, cse.nacos2.c1.xlarge.20, cse.nacos2.c1.xlarge.50, "
						+ "cse.nacos2.c1.xlarge.60, cse.nacos2.c1.2xlarge.100, cse.microgateway.pro.small.1, "
						+ "cse.microgateway.pro.medium.1, cse.microgateway.pro.large.1."),
				Arguments.of(engines("{" + ENGINE_FIELDS + ",\"flavor\":\"cse.s1.small2\",\"specType\":\"Nacos2\"}"),
						"Parameter 'engines[0].specType' 'Nacos2' does not match flavor cse.s1.small2, which is of "
								+ "spec type CSE2."),
				Arguments.of(engines("{" + ENGINE_FIELDS + "},{" + ENGINE_FIELDS + "}"),
						"Parameter 'engines[1].id' 'e1' appears twice in project p1."),
				Arguments.of(engines("{" + ENGINE_FIELDS + ",\"latestJobId\":8}"),
						"Parameter 'engines[0].latestJobId' 8 names no job of this engine in the document."),
				Arguments.of(document("{" + ENGINE_FIELDS + "}", job.replace("\"e1\"", "\"e9\"")),
						"Parameter 'jobs[0].engineId' 'e9' names no engine of project p1 in the document."),
				Arguments.of(document("{" + ENGINE_FIELDS + "}", job + "," + job),
						"Parameter 'jobs[1].id' 7 appears twice; job ids are unique."),
				Arguments.of(document("{" + ENGINE_FIELDS + "}", job.replace("\"CREATE\"", "\"UPGRADE\"")),
						"Parameter 'jobs[0].stages' has 3 stages; a UPGRADE job has 4."),
				Arguments.of(document("{" + ENGINE_FIELDS + "}", job.replace("\"CREATE\"", "\"REBOOT\"")),
						"Parameter 'jobs[0].plan' must be one of [CREATE, UPGRADE, CONFIGURE, RESIZE, DELETE]."),
				Arguments.of(document("{" + ENGINE_FIELDS + "}", job.replace("{\"status\":\"Finished\",\"startTime\":1000",
						"{\"status\":\"Executing\",\"startTime\":1000")),
						"Parameter 'jobs[0].status' 'Finished' does not agree with the job's stages: an Executing job "
								+ "has exactly one Executing stage, a Finished job only Finished stages, an Error or "
								+ "Timeout job one stage of that status and none Executing."),
				Arguments.of(document("{" + ENGINE_FIELDS + "}", job.replace("\"stageMillis\":10",
						"\"fault\":{\"atStage\":4,\"result\":\"Error\"},\"stageMillis\":10")),
						"Parameter 'jobs[0].fault.atStage' must be at most 3, the stages of a CREATE job."),
				Arguments.of(document("{" + ENGINE_FIELDS + "}", job.replace(",\"stageMillis\":10", "")),
						"Parameter 'jobs[0].stageMillis' is required."),
				Arguments.of(engines("{" + ENGINE_FIELDS + ",\"name\":\"twin\"},{\"projectId\":\"p1\",\"id\":\"e2\","
						+ "\"name\":\"twin\"}"),
						"Parameter 'engines[1].name' 'twin' appears twice in project p1; names are unique in a project."),
				Arguments.of(document("{" + ENGINE_FIELDS + "}", job.replace("\"CREATE\"", "\"RESIZE\"")),
						"Parameter 'jobs[0].context.flavor' is required for a RESIZE job: the flavor the engine gets "
								+ "when the job finishes, such as cse.s1.medium2."),
				Arguments.of(document("{" + ENGINE_FIELDS + "}", job.replace("\"CREATE\"", "\"CONFIGURE\"")),
						"Parameter 'jobs[0].context.authType' is required for a CONFIGURE job: RBAC or NONE, the "
								+ "engine's authType when the job finishes."));
	}

	private static String engines(String engines) {
		return "{\"engines\":[" + engines + "],\"jobs\":[]}";
	}

	private static String document(String engines, String jobs) {
		return "{\"engines\":[" + engines + "],\"jobs\":[" + jobs + "]}";
	}

	private static String finishedCreateJob(int id, String projectId, String engineId) {
		return "{\"id\":" + id + ",\"projectId\":\"" + projectId + "\",\"engineId\":\"" + engineId + "\","
				+ "\"plan\":\"CREATE\",\"status\":\"Finished\",\"startTime\":1000,\"endTime\":1030,\"stageMillis\":10,"
				+ "\"stages\":[{\"status\":\"Finished\",\"startTime\":1000,\"endTime\":1010},"
				+ "{\"status\":\"Finished\",\"startTime\":1010,\"endTime\":1020},"
				+ "{\"status\":\"Finished\",\"startTime\":1020,\"endTime\":1030}]}";
	}

}
