package io.cselocal.it;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.jayway.jsonpath.JsonPath;
import io.cselocal.CseLocalServerTest;
import io.cselocal.StrictAuth;
import io.cselocal.auth.AuthTestSupport;
import io.cselocal.clock.EmulatorClock;
import io.cselocal.seed.StartupState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.cselocal.ApiTestSupport.DEMO;
import static io.cselocal.StrictAuth.ALICE_PASSWORD;
import static io.cselocal.StrictAuth.OTHER_PROJECT;
import static io.cselocal.StrictAuth.PROJECT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A token-based client in strict mode over real HTTP: it gets a token from IAM, upgrades with it, and is refused
 * on another project, once the token has expired, and with a token IAM never issued.
 */
@CseLocalServerTest
@StrictAuth
class TokenFlowIT {

	private static final String UPGRADE = "{\"version\":\"2.4.0\"}";

	@LocalServerPort
	private int port;

	@Autowired
	private StartupState state;

	@Autowired
	private EmulatorClock clock;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@BeforeEach
	void reset() {
		this.state.reset();
	}

	@Test
	void aTokenShouldUpgradeOnItsProjectOnlyAndUntilItExpires() throws Exception {
		HttpResponse<String> issued = send(HttpRequest.newBuilder(uri("/v3/auth/tokens"))
			.POST(BodyPublishers.ofString(AuthTestSupport.tokenRequest("acme", "alice", ALICE_PASSWORD,
					"\"id\":\"" + PROJECT + "\"")))
			.header("Content-Type", "application/json")
			.build());
		assertThat(issued.statusCode()).isEqualTo(201);
		assertThat(issued.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/json"));
		String token = issued.headers().firstValue("X-Subject-Token").orElseThrow();
		String expiresAt = JsonPath.read(issued.body(), "$.token.expires_at");
		assertThat(issued.body()).doesNotContain(token);
		assertThat((String) JsonPath.read(issued.body(), "$.token.catalog[0].endpoints[0].url"))
			.isEqualTo("http://127.0.0.1:" + this.port);

		HttpResponse<String> upgraded = send(withToken(DEMO + "/upgrade", token).PUT(BodyPublishers.ofString(UPGRADE))
			.build());
		assertThat(upgraded.statusCode()).isEqualTo(200);
		assertThat(upgraded.body()).contains("\"jobId\":");

		HttpResponse<String> elsewhere = send(withToken("/v2/" + OTHER_PROJECT + "/enginemgr/engines/x", token).GET()
			.build());
		assertThat(elsewhere.statusCode()).isEqualTo(403);
		assertThat(elsewhere.body()).contains("\"error_code\":\"APIGW.0302\"");

		this.clock.advance(Duration.ofHours(24));
		HttpResponse<String> expired = send(withToken(DEMO, token).GET().build());
		assertThat(expired.statusCode()).isEqualTo(401);
		assertThat(expired.body()).isEqualTo("{\"error_msg\":\"Incorrect IAM authentication information: token "
				+ "expires, expires_at: " + expiresAt + "\",\"error_code\":\"APIGW.0301\",\"request_id\":\""
				+ expired.headers().firstValue("X-Request-Id").orElseThrow() + "\"}");
	}

	@Test
	void aTokenIamNeverIssuedShouldBeRefusedWith401() throws Exception {
		HttpResponse<String> refused = send(withToken(DEMO + "/upgrade", "MIIgarbage").PUT(BodyPublishers.ofString(
				UPGRADE)).build());

		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.body()).contains("\"error_msg\":\"Incorrect IAM authentication information: decrypt token "
				+ "fail (").contains("\"error_code\":\"APIGW.0301\"");
	}

	@Test
	void aWrongPasswordShouldGetIamsOwn401() throws Exception {
		HttpResponse<String> refused = send(HttpRequest.newBuilder(uri("/v3/auth/tokens"))
			.POST(BodyPublishers.ofString(AuthTestSupport.tokenRequest("acme", "alice", "wrong",
					"\"id\":\"" + PROJECT + "\"")))
			.build());

		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.headers().firstValue("X-Subject-Token")).isEmpty();
		assertThat(refused.body()).isEqualTo(
				"{\"error\":{\"code\":401,\"message\":\"The username or password is wrong.\",\"title\":\"Unauthorized\"}}");
	}

	private HttpRequest.Builder withToken(String path, String token) {
		return HttpRequest.newBuilder(uri(path)).header("X-Auth-Token", token);
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.port + path);
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

}
