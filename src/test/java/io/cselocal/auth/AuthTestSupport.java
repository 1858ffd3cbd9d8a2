package io.cselocal.auth;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import io.cselocal.ApiTestSupport;
import io.cselocal.seed.StartupState;
import org.jspecify.annotations.Nullable;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** What authentication tests share: requests signed as the SDK signs them, tokens from IAM, state checks. */
public abstract class AuthTestSupport extends ApiTestSupport {

	public static final String DEMO_AK = "AKEXAMPLE0000000000";

	public static final String DEMO_SK = "SKEXAMPLE00000000000000000000000000000000";

	public static final String UPGRADE_BODY = "{\"version\":\"2.4.0\"}";

	@Autowired
	protected JdbcClient jdbc;

	@Autowired
	protected StartupState startup;

	/** A request signed with every header given plus {@code Host} and {@code X-Sdk-Date} (the emulator's now). */
	protected MvcTestResult signed(String method, String pathAndQuery, String body, String accessKey,
			String secretKey) {
		return signed(method, pathAndQuery, body, accessKey, secretKey, Map.of());
	}

	protected MvcTestResult signed(String method, String pathAndQuery, String body, String accessKey,
			String secretKey, Map<String, String> headers) {
		Map<String, String> all = new LinkedHashMap<>();
		all.put("Host", "localhost");
		all.put("X-Sdk-Date", Signatures.sdkDate(this.clock.now()));
		all.putAll(headers);
		int question = pathAndQuery.indexOf('?');
		String path = (question < 0) ? pathAndQuery : pathAndQuery.substring(0, question);
		String query = (question < 0) ? null : pathAndQuery.substring(question + 1);
		String authorization = Signatures.authorization(accessKey, secretKey, method, path, query, all, body);
		return send(method, pathAndQuery, body, withHeader(all, "Authorization", authorization));
	}

	/** A request with exactly these headers; the path and query are sent as they are written (percent-encoded). */
	protected MvcTestResult send(String method, String pathAndQuery, String body, Map<String, String> headers) {
		var request = this.mvc.method(HttpMethod.valueOf(method)).uri(URI.create(pathAndQuery));
		headers.forEach((name, value) -> request.header(name, value));
		return request.content(body).exchange();
	}

	/** A token from {@code POST /v3/auth/tokens} for the user, scoped to the project by id. */
	protected String token(String domain, String user, String password, String projectId) {
		MvcTestResult issued = this.mvc.post().uri("/v3/auth/tokens").content(tokenRequest(domain, user, password,
				"\"id\":\"" + projectId + "\"")).exchange();
		assertThat(issued).hasStatus(201);
		return issued.getResponse().getHeader("X-Subject-Token");
	}

	/** The body of a password token request; {@code projectScope} is what goes in {@code scope.project}. */
	public static String tokenRequest(String domain, String user, String password, String projectScope) {
		return """
				{"auth": {
				  "identity": {"methods": ["password"],
				    "password": {"user": {"name": "%s", "password": "%s", "domain": {"name": "%s"}}}},
				  "scope": {"project": {%s}}}}""".formatted(user, password, domain, projectScope);
	}

	protected MvcTestResult withToken(String method, String path, String body, String token) {
		return send(method, path, body, Map.of(TOKEN, token));
	}

	/** Asserts that nothing happened to the demo engine: its version, status, latest job, and the job count. */
	protected void assertDemoEngineUntouched() {
		assertThat(this.jdbc.sql("SELECT version, status FROM engines WHERE id = :id")
			.param("id", ENGINE)
			.query((row, n) -> row.getString(1) + " " + row.getString(2))
			.single()).isEqualTo("2.3.4 Available");
		assertThat(this.jdbc.sql("SELECT COUNT(*) FROM jobs").query(Integer.class).single()).isEqualTo(1);
	}

	/** The body of an answer as text. */
	protected static String text(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), StandardCharsets.UTF_8);
	}

	static Map<String, String> withHeader(Map<String, String> headers, String name, @Nullable String value) {
		Map<String, String> changed = new LinkedHashMap<>(headers);
		changed.keySet().removeIf(name::equalsIgnoreCase);
		if (value != null) {
			changed.put(name, value);
		}
		return changed;
	}

}
