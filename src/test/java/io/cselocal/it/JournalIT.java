package io.cselocal.it;

import java.net.http.HttpResponse;

import io.cselocal.CseLocalServerTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;


import static io.cselocal.ApiTestSupport.DEMO;
import static io.cselocal.ApiTestSupport.ENGINE;
import static io.cselocal.ApiTestSupport.PROJECT;
import static io.cselocal.it.Http.assertError;
import static io.cselocal.it.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The request journal over HTTP: what an entry holds, newest first, its filters, and no secret in it ever. */
@CseLocalServerTest
class JournalIT extends ControlPlaneTestSupport {

	@Test
	void anEntryShouldSayWhatWasSentAndHowItWasAnswered() {
		HttpResponse<String> sent = this.http.put(DEMO + "/upgrade?dryRun=false", "{\"version\":\"2.4.0\"}", TOKEN);
		long now = json(this.http.get("/_emulator/clock")).get("now").asLong();

		JsonNode entry = requests("").get(0);

		assertThat(entry.get("id").asLong()).isPositive();
		assertThat(entry.get("requestId").asString()).isEqualTo(sent.headers().firstValue("X-Request-Id").orElseThrow());
		assertThat(entry.get("time").asLong()).isBetween(now - 60_000, now);
		assertThat(entry.get("timeIso").asString()).endsWith("Z");
		assertThat(entry.get("method").asString()).isEqualTo("PUT");
		assertThat(entry.get("path").asString()).isEqualTo(DEMO + "/upgrade");
		assertThat(entry.get("query").asString()).isEqualTo("dryRun=false");
		assertThat(entry.get("operation").asString()).isEqualTo("UpgradeEngine");
		assertThat(entry.get("projectId").asString()).isEqualTo(PROJECT);
		assertThat(entry.get("engineId").asString()).isEqualTo(ENGINE);
		assertThat(entry.get("status").asInt()).isEqualTo(200);
		assertThat(entry.get("errorCode").isNull()).isTrue();
		assertThat(entry.get("durationMs").asLong()).isNotNegative();
		assertThat(entry.get("credentials").asString()).isEqualTo("token");
		assertThat(entry.get("body").asString()).isEqualTo("{\"version\":\"2.4.0\"}");
		assertThat(entry.get("bodyBytes").asInt()).isEqualTo(19);
		assertThat(entry.get("bodyTruncated").asBoolean()).isFalse();
	}

	@Test
	void refusedRequestsShouldBeJournaledWithTheirOperationAndErrorCode() {
		this.http.put(DEMO + "/upgrade", "{\"version\":\"2.4.0\"}");
		this.http.get(DEMO + "/jobs/x", TOKEN);
		this.http.get("/v2/" + PROJECT + "/enginemgr/nothing", TOKEN);

		JsonNode entries = requests("");

		assertThat(entries.get(2).get("operation").asString()).isEqualTo("UpgradeEngine");
		assertThat(entries.get(2).get("status").asInt()).isEqualTo(401);
		assertThat(entries.get(2).get("errorCode").asString()).isEqualTo("APIGW.0301");
		assertThat(entries.get(2).get("credentials").asString()).isEqualTo("none");
		assertThat(entries.get(1).get("operation").asString()).isEqualTo("ShowEngineJob");
		assertThat(entries.get(1).get("errorCode").asString()).isEqualTo("SVCSTG.00501152");
		assertThat(entries.get(0).get("operation").isNull()).isTrue();
		assertThat(entries.get(0).get("status").asInt()).isEqualTo(404);
		assertThat(entries.get(0).get("errorCode").asString()).isEqualTo("APIGW.0101");
	}

	@Test
	void entriesShouldComeNewestFirstAndTheControlPlaneShouldNotBeJournaled() {
		for (int n = 0; n < 4; n++) {
			this.http.get(DEMO + "?n=" + n, TOKEN);
			this.http.get("/_emulator/faults");
		}

		JsonNode entries = requests("");

		assertThat(entries.valueStream().map((entry) -> entry.get("query").asString()))
			.containsExactly("n=3", "n=2", "n=1", "n=0");
		assertThat(entries.valueStream().map((entry) -> entry.get("id").asLong())).isSortedAccordingTo(
				(a, b) -> Long.compare(b, a));
		assertThat(entries.valueStream().map((entry) -> entry.get("time").asLong())).isSortedAccordingTo(
				(a, b) -> Long.compare(b, a));
	}

	@Test
	void filtersShouldSelectByOperationProjectEngineAndStatus() {
		this.http.putEngine("other", "e2", "{}");
		this.http.get(DEMO, TOKEN);
		this.http.get(DEMO + "/jobs/1", TOKEN);
		this.http.get("/v2/other/enginemgr/engines/e2", TOKEN);
		this.http.get("/v2/other/enginemgr/engines/e2/jobs/1", TOKEN);

		assertThat(paths("?operation=ShowEngine")).containsExactly("/v2/other/enginemgr/engines/e2", DEMO);
		assertThat(paths("?project_id=other")).containsExactly("/v2/other/enginemgr/engines/e2/jobs/1",
				"/v2/other/enginemgr/engines/e2");
		assertThat(paths("?engine_id=" + ENGINE)).containsExactly(DEMO + "/jobs/1", DEMO);
		assertThat(paths("?status=400")).containsExactly("/v2/other/enginemgr/engines/e2/jobs/1", DEMO + "/jobs/1");
		assertThat(paths("?operation=ShowEngineJob&project_id=other&status=400"))
			.containsExactly("/v2/other/enginemgr/engines/e2/jobs/1");
		assertThat(paths("?limit=1")).containsExactly("/v2/other/enginemgr/engines/e2/jobs/1");
		assertThat(paths("?operation=UpgradeEngine")).isEmpty();
	}

	@Test
	void badFiltersShouldBeRefused() {
		assertError(this.http.get("/_emulator/requests?status=abc"), 400, "SVCSTG.00500400",
				"Parameter 'status' 'abc' must be an integer from 100 to 599.");
		assertError(this.http.get("/_emulator/requests?limit=0"), 400, "SVCSTG.00500400",
				"Parameter 'limit' '0' must be an integer from 1 to 1000.");
		assertError(this.http.get("/_emulator/requests?project=x"), 400, "SVCSTG.00500400",
				"Parameter 'project' is not a filter of the journal; the filters are operation, project_id, engine_id, "
						+ "status, limit.");
		assertError(this.http.get("/_emulator/requests?operation=a&operation=b"), 400, "SVCSTG.00500400",
				"Parameter 'operation' must be given once, with a value.");
	}

	@Test
	void deleteShouldClearTheJournal() {
		this.http.get(DEMO, TOKEN);

		assertThat(this.http.delete("/_emulator/requests").statusCode()).isEqualTo(204);

		assertThat(requests("")).isEmpty();
	}

	@Test
	void largeRequestsShouldBeKeptOnlyInPart() {
		String longId = "e".repeat(3000);
		String body = "{\"version\":\"" + "9".repeat(100_000) + "\"}";
		this.http.put(DEMO + "/upgrade", body, TOKEN);
		this.http.get("/v2/" + PROJECT + "/enginemgr/engines/" + longId, TOKEN);

		JsonNode entries = requests("");

		assertThat(entries.get(0).get("path").asString()).hasSize(1024);
		assertThat(entries.get(0).get("engineId").asString()).hasSize(128);
		assertThat(entries.get(1).get("body").asString()).hasSize(4096).startsWith("{\"version\":\"999");
		assertThat(entries.get(1).get("bodyBytes").asInt()).isEqualTo(body.length());
		assertThat(entries.get(1).get("bodyTruncated").asBoolean()).isTrue();
	}

	@Test
	void noTokenSignaturePasswordOrSecretKeyShouldEverBeInTheJournal() {
		String signature = "ab12cd34".repeat(8);
		this.http.get(DEMO + "?x-auth-token=query-SECRET-1", "X-Auth-Token", "token-SECRET-2");
		this.http.get(DEMO, "Authorization",
				"SDK-HMAC-SHA256 Access=AKEXAMPLE0000000000, SignedHeaders=x-sdk-date, Signature=" + signature,
				"X-Sdk-Date", "20261204T120000Z", "X-Security-Token", "sts-SECRET-3");
		this.http.post("/v3/auth/tokens", "{\"auth\":{\"identity\":{\"methods\":[\"password\"],\"password\":{\"user\":"
				+ "{\"name\":\"demo\",\"password\":\"password-SECRET-4\",\"domain\":{\"name\":\"demo-domain\"}}}},"
				+ "\"scope\":{\"project\":{\"id\":\"" + PROJECT + "\"}}}}");
		this.http.post("/v3/auth/tokens", "{\"auth\":{\"identity\":{\"methods\":[\"token\"],\"token\":{\"id\":"
				+ "\"token-SECRET-5\"}}}}");
		this.http.post("/v2/" + PROJECT + "/enginemgr/engines", "{\"name\":\"n\",\"auth_cred\":{\"pwd\":\"pwd-SECRET-6\"},"
				+ "\"sk\":\"sk-SECRET-7\",\"secretKey\":\"secret-SECRET-8\"}", TOKEN);
		this.http.post("/v3/auth/tokens", "user=demo&password=form-SECRET-9&sk=sk-SECRET-10", "Content-Type",
				"application/x-www-form-urlencoded");
		this.http.put(DEMO + "/upgrade", "{\"version\":\"" + "1".repeat(70_000) + "\",\"password\":\"big-SECRET-11\"}",
				TOKEN);

		HttpResponse<String> journal = this.http.get("/_emulator/requests");

		assertThat(journal.body()).doesNotContain("SECRET", signature, "Signature=");
		JsonNode entries = json(journal).get("requests");
		assertThat(entries).hasSize(7);
		assertThat(entries.get(6).get("credentials").asString()).isEqualTo("token");
		assertThat(entries.get(5).get("credentials").asString()).isEqualTo("aksk:AKEXAMPLE0000000000");
		assertThat(entries.get(4).get("body").asString()).contains("\"name\":\"demo\"", "\"name\":\"demo-domain\"",
				"\"password\":\"******\"", "\"methods\":[\"password\"]");
		assertThat(entries.get(2).get("body").asString()).contains("\"auth_cred\":{\"pwd\":\"******\"}",
				"\"sk\":\"******\"");
		assertThat(entries.get(1).get("body").asString()).isEqualTo("user=demo&password=******&sk=******");
	}

	private JsonNode requests(String query) {
		HttpResponse<String> journal = this.http.get("/_emulator/requests" + query);
		assertThat(journal.statusCode()).as(journal.body()).isEqualTo(200);
		return json(journal).get("requests");
	}

	private java.util.List<String> paths(String query) {
		return requests(query).valueStream().map((entry) -> entry.get("path").asString()).toList();
	}

}
