package io.cselocal.it;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.cselocal.CseLocalServerTest;
import io.cselocal.web.CseOperations;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;

import static io.cselocal.ApiTestSupport.DEMO;
import static io.cselocal.ApiTestSupport.PROJECT;
import static io.cselocal.it.Http.assertError;
import static io.cselocal.it.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/** Fault rules over HTTP: each action, how often rules apply, where, in which order, and every refused rule. */
@CseLocalServerTest
class FaultIT extends ControlPlaneTestSupport {

	private static final String UPGRADE = "{\"version\":\"2.4.0\"}";

	private static final int STAGE_SECONDS = 600;

	@Autowired
	private CseOperations operations;

	@Test
	void anHttpErrorShouldAnswerInPlaceOfTheHandlerAndChangeNothing() {
		JsonNode rule = add("{\"operation\":\"UpgradeEngine\",\"times\":1,\"action\":{\"type\":\"http-error\","
				+ "\"status\":500,\"errorCode\":\"SVCSTG.00500500\",\"errorMsg\":\"Injected failure\"}}");
		int latestJob = json(this.http.get(DEMO, TOKEN)).get("latestJobId").asInt();

		assertError(this.http.put(DEMO + "/upgrade", UPGRADE, TOKEN), 500, "SVCSTG.00500500", "Injected failure");

		JsonNode engine = json(this.http.get(DEMO, TOKEN));
		assertThat(engine.get("status").asString()).isEqualTo("Available");
		assertThat(engine.get("latestJobId").asInt()).isEqualTo(latestJob);
		assertThat(rules()).isEmpty();
		assertThat(rule.get("id").asLong()).isPositive();
		assertThat(this.http.put(DEMO + "/upgrade", UPGRADE, TOKEN).statusCode()).isEqualTo(200);
	}

	@Test
	void aGatewayErrorCodeShouldGetTheGatewayBody() {
		add("{\"operation\":\"ShowEngine\",\"action\":{\"type\":\"http-error\",\"status\":429,"
				+ "\"errorCode\":\"APIGW.0308\",\"errorMsg\":\"The throttling threshold has been reached.\"}}");

		HttpResponse<String> answer = this.http.get(DEMO, TOKEN);

		assertThat(answer.statusCode()).isEqualTo(429);
		String requestId = answer.headers().firstValue("X-Request-Id").orElseThrow();
		assertThat(answer.body()).isEqualTo("{\"error_msg\":\"The throttling threshold has been reached.\","
				+ "\"error_code\":\"APIGW.0308\",\"request_id\":\"" + requestId + "\"}");
	}

	@Test
	void aDelayShouldHoldTheAnswerBack() {
		add("{\"operation\":\"ShowEngine\",\"times\":1,\"action\":{\"type\":\"delay\",\"millis\":700}}");

		long started = System.nanoTime();
		HttpResponse<String> answer = this.http.get(DEMO, TOKEN);
		long millis = (System.nanoTime() - started) / 1_000_000;

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(millis).isGreaterThanOrEqualTo(700);
		JsonNode journaled = json(this.http.get("/_emulator/requests?operation=ShowEngine")).get("requests").get(0);
		assertThat(journaled.get("durationMs").asLong()).isGreaterThanOrEqualTo(700);
		assertThat(rules()).isEmpty();
	}

	@Test
	void aJobOutcomeErrorShouldFailTheJobAtItsStageAsARealFailureWould() {
		add("{\"operation\":\"UpgradeEngine\",\"times\":1,\"action\":{\"type\":\"job-outcome\",\"result\":\"Error\","
				+ "\"atStage\":2}}");
		int jobId = upgrade();

		this.http.advance(STAGE_SECONDS);
		assertThat(json(this.http.get(DEMO + "/jobs/" + jobId, TOKEN)).get("status").asString()).isEqualTo("Executing");
		this.http.advance(STAGE_SECONDS);

		JsonNode job = json(this.http.get(DEMO + "/jobs/" + jobId, TOKEN));
		assertThat(job.get("status").asString()).isEqualTo("Error");
		assertThat(job.get("tasks").valueStream().map((stage) -> stage.get("status").asString()))
			.containsExactly("Finished", "Error", "Init", "Init");
		JsonNode engine = json(this.http.get(DEMO, TOKEN));
		assertThat(engine.get("status").asString()).isEqualTo("UpgradeFailed");
		assertThat(engine.get("version").asString()).isEqualTo("2.3.4");
		assertThat(engine.get("engineAdditionalActions").valueStream().map(JsonNode::asString)).containsExactly("Retry");
	}

	@Test
	void aJobOutcomeTimeoutShouldEndTheJobInTimeout() {
		add("{\"operation\":\"UpgradeEngine\",\"action\":{\"type\":\"job-outcome\",\"result\":\"Timeout\","
				+ "\"atStage\":1}}");
		int jobId = upgrade();

		this.http.advance(STAGE_SECONDS);

		assertThat(json(this.http.get(DEMO + "/jobs/" + jobId, TOKEN)).get("status").asString()).isEqualTo("Timeout");
		assertThat(json(this.http.get(DEMO, TOKEN)).get("status").asString()).isEqualTo("UpgradeFailed");
	}

	@Test
	void aJobOutcomeHangShouldNeverFinish() {
		add("{\"operation\":\"UpgradeEngine\",\"action\":{\"type\":\"job-outcome\",\"result\":\"Hang\",\"atStage\":3}}");
		int jobId = upgrade();

		this.http.advance(24 * 3600);

		JsonNode job = json(this.http.get(DEMO + "/jobs/" + jobId, TOKEN));
		assertThat(job.get("status").asString()).isEqualTo("Executing");
		assertThat(job.get("tasks").valueStream().map((stage) -> stage.get("status").asString()))
			.containsExactly("Finished", "Finished", "Executing", "Init");
		assertThat(json(this.http.get(DEMO, TOKEN)).get("status").asString()).isEqualTo("Upgrading");
	}

	@Test
	void aJobOutcomeRuleShouldBeTakenOnlyByACallThatStartsAJob() {
		add("{\"operation\":\"UpgradeEngine\",\"times\":1,\"action\":{\"type\":\"job-outcome\",\"result\":\"Error\","
				+ "\"atStage\":1}}");

		assertThat(this.http.put(DEMO + "/upgrade", "{\"version\":\"2.3.1\"}", TOKEN).statusCode()).isEqualTo(400);
		assertThat(rules()).hasSize(1);
		int jobId = upgrade();
		this.http.advance(STAGE_SECONDS);

		assertThat(json(this.http.get(DEMO + "/jobs/" + jobId, TOKEN)).get("status").asString()).isEqualTo("Error");
		assertThat(rules()).isEmpty();
	}

	@Test
	void timesShouldCountDownAndTheRuleShouldThenDisappear() {
		add("{\"operation\":\"ShowEngine\",\"times\":2,\"action\":{\"type\":\"http-error\",\"status\":503,"
				+ "\"errorCode\":\"SVCSTG.00500500\",\"errorMsg\":\"Try again\"}}");

		assertThat(this.http.get(DEMO, TOKEN).statusCode()).isEqualTo(503);
		assertThat(rules().get(0).get("times").asInt()).isEqualTo(1);
		assertThat(rules().get(0).get("matches").asInt()).isEqualTo(1);
		assertThat(this.http.get(DEMO, TOKEN).statusCode()).isEqualTo(503);
		assertThat(rules()).isEmpty();
		assertThat(this.http.get(DEMO, TOKEN).statusCode()).isEqualTo(200);
	}

	@Test
	void concurrentCallsShouldNeverTakeMoreApplicationsThanARuleHas() throws Exception {
		add("{\"operation\":\"ShowEngine\",\"times\":5,\"action\":{\"type\":\"http-error\",\"status\":503,"
				+ "\"errorCode\":\"SVCSTG.00500500\",\"errorMsg\":\"Busy\"}}");
		java.util.concurrent.ExecutorService clients = java.util.concurrent.Executors.newFixedThreadPool(8);
		List<Integer> statuses = new ArrayList<>();
		try {
			List<java.util.concurrent.Future<Integer>> answers = new ArrayList<>();
			for (int call = 0; call < 40; call++) {
				answers.add(clients.submit(() -> this.http.get(DEMO, TOKEN).statusCode()));
			}
			for (java.util.concurrent.Future<Integer> answer : answers) {
				statuses.add(answer.get());
			}
		}
		finally {
			clients.shutdown();
		}

		assertThat(statuses).filteredOn((status) -> status == 503).hasSize(5);
		assertThat(statuses).filteredOn((status) -> status == 200).hasSize(35);
		assertThat(rules()).isEmpty();
	}

	@Test
	void aRuleWithoutTimesOrProbabilityShouldApplyUntilDeleted() {
		long id = add("{\"operation\":\"ShowEngine\",\"action\":{\"type\":\"http-error\",\"status\":503,"
				+ "\"errorCode\":\"SVCSTG.00500500\",\"errorMsg\":\"Down\"}}").get("id").asLong();
		for (int call = 0; call < 5; call++) {
			assertThat(this.http.get(DEMO, TOKEN).statusCode()).isEqualTo(503);
		}

		assertThat(this.http.delete("/_emulator/faults/" + id).statusCode()).isEqualTo(204);

		assertThat(this.http.get(DEMO, TOKEN).statusCode()).isEqualTo(200);
	}

	@Test
	void aProbabilityRuleShouldGiveTheSameOutcomesForTheSameSeed() {
		List<Integer> seed42 = List.of(200, 503, 503, 503, 503, 200, 503, 200, 503, 200, 503, 503);
		List<Integer> seed7 = List.of(503, 503, 200, 200, 503, 503, 503, 503, 503, 503, 503, 200);

		assertThat(outcomes(42)).isEqualTo(seed42);
		this.http.reset();
		assertThat(outcomes(42)).isEqualTo(seed42);
		this.http.reset();
		assertThat(outcomes(7)).isEqualTo(seed7);
	}

	@Test
	void aRuleShouldMatchOnlyItsProjectAndEngine() {
		this.http.putEngine(PROJECT, "second", "{}");
		add("{\"operation\":\"ShowEngine\",\"projectId\":\"" + PROJECT + "\",\"engineId\":\"second\","
				+ "\"action\":{\"type\":\"http-error\",\"status\":500,\"errorCode\":\"SVCSTG.00500500\","
				+ "\"errorMsg\":\"Only the second engine\"}}");

		assertThat(this.http.get(DEMO, TOKEN).statusCode()).isEqualTo(200);
		assertThat(this.http.get("/v2/other/enginemgr/engines/second", TOKEN).statusCode()).isEqualTo(400);
		assertError(this.http.get("/v2/" + PROJECT + "/enginemgr/engines/second", TOKEN), 500, "SVCSTG.00500500",
				"Only the second engine");
	}

	@Test
	void rulesShouldApplyInCreationOrderDelaysAddingUpAndTheFirstErrorWinning() {
		add("{\"operation\":\"ShowEngine\",\"action\":{\"type\":\"delay\",\"millis\":200}}");
		add("{\"operation\":\"ShowEngine\",\"action\":{\"type\":\"http-error\",\"status\":500,"
				+ "\"errorCode\":\"SVCSTG.00500500\",\"errorMsg\":\"First\"}}");
		add("{\"operation\":\"ShowEngine\",\"times\":1,\"action\":{\"type\":\"http-error\",\"status\":503,"
				+ "\"errorCode\":\"SVCSTG.00500500\",\"errorMsg\":\"Second\"}}");

		long started = System.nanoTime();
		assertError(this.http.get(DEMO, TOKEN), 500, "SVCSTG.00500500", "First");

		assertThat((System.nanoTime() - started) / 1_000_000).isGreaterThanOrEqualTo(200);
		assertThat(rules().valueStream().map((rule) -> rule.get("matches").asInt())).containsExactly(1, 1, 0);
	}

	@Test
	void deletingShouldRemoveOneRuleOrAll() {
		long first = add("{\"operation\":\"ShowEngine\",\"action\":{\"type\":\"delay\",\"millis\":1}}").get("id").asLong();
		add("{\"operation\":\"ShowEngineJob\",\"action\":{\"type\":\"delay\",\"millis\":1}}");

		assertThat(this.http.delete("/_emulator/faults/" + first).statusCode()).isEqualTo(204);
		assertThat(rules().valueStream().map((rule) -> rule.get("operation").asString())).containsExactly("ShowEngineJob");
		assertError(this.http.delete("/_emulator/faults/" + first), 404, "CSELOCAL.0404",
				"There is no fault rule with id '" + first + "'; GET /_emulator/faults lists the rules.");
		assertError(this.http.delete("/_emulator/faults/abc"), 400, "SVCSTG.00500400",
				"Fault rule id 'abc' is not valid: it must be a positive integer, as POST /_emulator/faults answered it.");
		assertThat(this.http.delete("/_emulator/faults").statusCode()).isEqualTo(204);
		assertThat(rules()).isEmpty();
	}

	@ParameterizedTest
	@MethodSource("badRules")
	void aBadRuleShouldBeRefusedWithItsProblemAndNothingAdded(String body, String message) {
		assertError(this.http.post("/_emulator/faults", body), 400, "SVCSTG.00500400", message);
		assertThat(rules()).isEmpty();
	}

	@Test
	void anUnknownOperationShouldBeRefusedWithTheListOfOperations() {
		assertError(this.http.post("/_emulator/faults", "{\"operation\":\"Upgrade\",\"action\":{\"type\":\"delay\","
				+ "\"millis\":10}}"), 400, "SVCSTG.00500400", "Parameter 'operation' 'Upgrade' is not an emulated "
						+ "operation; the operations are: " + String.join(", ", this.operations.names()) + ".");
		assertThat(this.operations.names()).contains("RetryEngine", "ShowEngine", "ShowEngineJob", "UpgradeEngine")
			.isSorted();
		assertThat(rules()).isEmpty();
	}

	static Stream<Arguments> badRules() {
		String delay = ",\"action\":{\"type\":\"delay\",\"millis\":10}}";
		String error = "\"action\":{\"type\":\"http-error\",\"status\":500,\"errorCode\":\"X.1\",\"errorMsg\":\"m\"";
		return Stream.of(
				Arguments.of("", "The request body is missing: a JSON object is required."),
				Arguments.of("[]", "The request body must be a JSON object, not an array."),
				Arguments.of("{\"action\":{\"type\":\"delay\",\"millis\":10}}", "Parameter 'operation' is required."),
				Arguments.of("{\"operation\":\"ShowEngine\",\"time\":2" + delay, "Parameter 'time' is not a known "
						+ "field; the known fields are action, engineId, operation, probability, projectId, seed, times."),
				Arguments.of("{\"operation\":\"ShowEngine\",\"times\":0" + delay,
						"Parameter 'times' must be from 1 to 1000000."),
				Arguments.of("{\"operation\":\"ShowEngine\",\"times\":\"2\"" + delay,
						"Parameter 'times' must be an integer."),
				Arguments.of("{\"operation\":\"ShowEngine\",\"probability\":0" + delay.replace(",\"action", ",\"seed\":1,\"action"),
						"Parameter 'probability' must be greater than 0 and at most 1."),
				Arguments.of("{\"operation\":\"ShowEngine\",\"probability\":1.5,\"seed\":1" + delay,
						"Parameter 'probability' must be greater than 0 and at most 1."),
				Arguments.of("{\"operation\":\"ShowEngine\",\"probability\":0.5" + delay,
						"Parameter 'seed' is required with 'probability': the seed makes the outcomes the same on "
								+ "every run."),
				Arguments.of("{\"operation\":\"ShowEngine\",\"seed\":3" + delay,
						"Parameter 'seed' is only used with 'probability'."),
				Arguments.of("{\"operation\":\"ShowEngine\",\"projectId\":\"a/b\"" + delay,
						"Parameter 'projectId' must be 1 to 64 letters, digits, hyphens or underscores."),
				Arguments.of("{\"operation\":\"ShowEngine\"}", "Parameter 'action' is required."),
				Arguments.of("{\"operation\":\"ShowEngine\",\"action\":{\"type\":\"crash\"}}",
						"Parameter 'action.type' must be http-error, delay or job-outcome."),
				Arguments.of("{\"operation\":\"ShowEngine\",\"action\":{\"millis\":5}}",
						"Parameter 'action.type' is required."),
				Arguments.of("{\"operation\":\"ShowEngine\",\"action\":{\"type\":\"delay\"}}",
						"Parameter 'action.millis' is required for a delay action."),
				Arguments.of("{\"operation\":\"ShowEngine\",\"action\":{\"type\":\"delay\",\"millis\":300001}}",
						"Parameter 'action.millis' must be from 1 to 300000."),
				Arguments.of("{\"operation\":\"ShowEngine\",\"action\":{\"type\":\"delay\",\"millis\":5,\"status\":500}}",
						"Parameter 'action.status' is not used by a delay action."),
				Arguments.of("{\"operation\":\"ShowEngine\"," + error.replace("500", "302") + "}}",
						"Parameter 'action.status' must be an HTTP error status from 400 to 599."),
				Arguments.of("{\"operation\":\"ShowEngine\"," + error.replace("500", "599") + "}}",
						"Parameter 'action.status' 599 is not a standard HTTP status; use one such as 400, 403, 404, "
								+ "409, 429, 500 or 503."),
				Arguments.of("{\"operation\":\"ShowEngine\"," + error.replace("\"m\"", "\" \"") + "}}",
						"Parameter 'action.errorMsg' must not be blank."),
				Arguments.of("{\"operation\":\"ShowEngine\",\"action\":{\"type\":\"http-error\",\"status\":500}}",
						"Parameter 'action.errorCode' is required for a http-error action."),
				Arguments.of("{\"operation\":\"ShowEngine\",\"action\":{\"type\":\"job-outcome\",\"result\":\"Error\","
						+ "\"atStage\":1}}", "A job-outcome rule needs an operation that starts a job; ShowEngine does not."),
				Arguments.of("{\"operation\":\"UpgradeEngine\",\"action\":{\"type\":\"job-outcome\",\"result\":\"Fail\","
						+ "\"atStage\":1}}", "Parameter 'action.result' must be Error, Timeout or Hang."),
				Arguments.of("{\"operation\":\"UpgradeEngine\",\"action\":{\"type\":\"job-outcome\",\"result\":\"Error\","
						+ "\"atStage\":0}}", "Parameter 'action.atStage' must be at least 1 (stages count from 1)."),
				Arguments.of("{\"operation\":\"UpgradeEngine\",\"action\":{\"type\":\"job-outcome\",\"result\":\"Error\","
						+ "\"atStage\":5}}", "Parameter 'action.atStage' must be at most 4, the most stages a job has."),
				Arguments.of("{\"operation\":\"UpgradeEngine\",\"action\":{\"type\":\"job-outcome\",\"result\":\"Error\"}}",
						"Parameter 'action.atStage' is required for a job-outcome action."));
	}

	private List<Integer> outcomes(long seed) {
		add("{\"operation\":\"ShowEngine\",\"probability\":0.5,\"seed\":" + seed + ",\"action\":{\"type\":"
				+ "\"http-error\",\"status\":503,\"errorCode\":\"SVCSTG.00500500\",\"errorMsg\":\"Flaky\"}}");
		List<Integer> statuses = new ArrayList<>();
		for (int call = 0; call < 12; call++) {
			statuses.add(this.http.get(DEMO, TOKEN).statusCode());
		}
		return statuses;
	}

	private int upgrade() {
		HttpResponse<String> accepted = this.http.put(DEMO + "/upgrade", UPGRADE, TOKEN);
		assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(200);
		return json(accepted).get("jobId").asInt();
	}

	private JsonNode add(String rule) {
		HttpResponse<String> added = this.http.post("/_emulator/faults", rule);
		assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
		return json(added);
	}

	private JsonNode rules() {
		return json(this.http.get("/_emulator/faults")).get("rules");
	}

}
