package io.cselocal.iam;

import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import com.jayway.jsonpath.JsonPath;
import io.cselocal.CseLocalTest;
import io.cselocal.auth.AuthTestSupport;
import io.cselocal.auth.Secrets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** {@code POST /v3/auth/tokens}: the token, its body as IAM writes it, and IAM's errors. */
@CseLocalTest
class IamTokenTests extends AuthTestSupport {

	private static final String TOKENS = "/v3/auth/tokens";

	private static final String DOMAIN_ID = "\"domain\":{\"id\":\"" + IamIds.domain("cse-local") + "\",\"name\":\"cse-local\"}";

	@Test
	void aPasswordTokenShouldBeIssuedWith201AndDescribedAsIamDoes() {
		long before = this.clock.now();
		MvcTestResult issued = issue(demoLogin("\"id\":\"" + PROJECT + "\""));
		long after = this.clock.now();

		assertThat(issued).hasStatus(201).hasContentType("application/json");
		assertThat(issued.getResponse().getHeader("X-Subject-Token")).startsWith("MII").hasSize(131);
		assertThat(issued.getResponse().getHeader("X-Request-Id")).matches("[0-9a-f]{32}");
		assertThat(issued).bodyJson().isStrictlyEqualTo("""
				{"token": {
				  "expires_at": "%s", "issued_at": "%s",
				  "methods": ["password"],
				  "project": {"id": "%s", "name": "cn-north-4", %s},
				  "user": {"id": "%s", "name": "cse-local", %s, "password_expires_at": ""},
				  "roles": [{"id": "%s", "name": "te_admin"}],
				  "catalog": [{"type": "cse", "id": "%s", "name": "cse", "endpoints": [
				    {"id": "%s", "interface": "public", "region": "cn-north-4", "region_id": "cn-north-4",
				     "url": "http://localhost"}]}]}}""".formatted(field(issued, "expires_at"), field(issued, "issued_at"),
				PROJECT, DOMAIN_ID, IamIds.user("cse-local", "cse-local"), DOMAIN_ID, IamIds.role("te_admin"),
				IamIds.of("service", "cse"), IamIds.of("endpoint", "cse/cn-north-4")));
		Instant issuedAt = Instant.parse(field(issued, "issued_at"));
		assertThat(issuedAt.toEpochMilli()).isBetween(before, after);
		assertThat(Duration.between(issuedAt, Instant.parse(field(issued, "expires_at")))).isEqualTo(Duration.ofHours(24));
		assertThat(field(issued, "issued_at")).matches("\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{6}Z");
	}

	@Test
	void aTokenShouldBeScopedByProjectName() {
		MvcTestResult issued = issue(demoLogin("\"name\":\"cn-north-4\""));

		assertThat(issued).hasStatus(201).bodyJson().extractingPath("$.token.project.id").isEqualTo(PROJECT);
	}

	@Test
	void theDomainMayBeNamedById() {
		String body = demoLogin("\"id\":\"" + PROJECT + "\"").replace("\"domain\": {\"name\": \"cse-local\"}",
				"\"domain\": {\"id\": \"" + IamIds.domain("cse-local") + "\"}");

		assertThat(issue(body)).hasStatus(201);
	}

	@Test
	void noCatalogShouldLeaveTheCatalogOut() {
		MvcTestResult issued = this.mvc.post().uri(TOKENS + "?nocatalog=true").content(demoLogin("\"id\":\"" + PROJECT
				+ "\"")).exchange();

		assertThat(issued).hasStatus(201);
		assertThat(JsonPath.<java.util.Map<String, Object>>read(text(issued), "$.token")).doesNotContainKey("catalog")
			.containsKeys("expires_at", "project", "user", "roles");
	}

	@Test
	void theCatalogShouldPointAtThisEmulatorAsTheClientReachedIt() {
		MvcTestResult issued = this.mvc.post()
			.uri("http://cse-local.test:18080" + TOKENS)
			.content(demoLogin("\"id\":\"" + PROJECT + "\""))
			.exchange();

		assertThat(issued).bodyJson().extractingPath("$.token.catalog[0].endpoints[0].url")
			.isEqualTo("http://cse-local.test:18080");
	}

	@Test
	void everyTokenShouldBeNewAndOnlyItsHashStored() {
		String first = issue(demoLogin("\"id\":\"" + PROJECT + "\"")).getResponse().getHeader("X-Subject-Token");
		String second = issue(demoLogin("\"id\":\"" + PROJECT + "\"")).getResponse().getHeader("X-Subject-Token");

		assertThat(first).isNotEqualTo(second);
		assertThat(this.jdbc.sql("SELECT token_hash FROM iam_tokens").query(String.class).list())
			.containsExactlyInAnyOrder(Secrets.sha256Hex(first), Secrets.sha256Hex(second));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			cse-local | cse-local | wrong-password
			cse-local | nobody    | cse-local-Pass1
			other     | cse-local | cse-local-Pass1
			cse-local | CSE-LOCAL | cse-local-Pass1
			""")
	void aWrongUserOrPasswordShouldAnswer401InIamsShape(String domain, String user, String password) {
		MvcTestResult refused = issue(tokenRequest(domain, user, password, "\"id\":\"" + PROJECT + "\""));

		assertIamError(refused, 401, "The username or password is wrong.", "Unauthorized");
		assertThat(refused.getResponse().getHeader("X-Subject-Token")).isNull();
		assertThat(text(refused)).doesNotContain(password);
	}

	@Test
	void aProjectTheUserDoesNotHoldShouldAnswer401() {
		assertIamError(issue(demoLogin("\"id\":\"fedcba9876543210fedcba9876543210\"")), 401,
				"The user 'cse-local' has no access to project 'fedcba9876543210fedcba9876543210'.", "Unauthorized");
		assertIamError(issue(demoLogin("\"name\":\"eu-west-0\"")), 401,
				"The user 'cse-local' has no access to a project named 'eu-west-0'.", "Unauthorized");
	}

	@ParameterizedTest
	@MethodSource("malformedBodies")
	void aMalformedBodyShouldAnswer400SayingWhatIsWrong(String body, String problem) {
		assertIamError(issue(body.replace('\'', '"')), 400, "The request body is invalid: " + problem + ".",
				"Bad Request");
	}

	/** Bodies written with single quotes for double quotes, and what is wrong with them. */
	static Stream<Arguments> malformedBodies() {
		String identity = "{'auth': {'identity': {'methods': ['password'], ";
		return Stream.of(arguments("", "it is empty; a JSON object with 'auth' is required"),
				arguments("{", "it is not valid JSON"), arguments("{'auth': {}} x", "it is not valid JSON"),
				arguments("[]", "it must be a JSON object with 'auth'"), arguments("{}", "'auth' is missing"),
				arguments("{'auth': 1}", "'auth' must be a JSON object"),
				arguments("{'auth': {}}", "'auth.identity' is missing"),
				arguments("{'auth': {'identity': {}}}",
						"'auth.identity.methods' must be a non-empty array, e.g. [\"password\"]"),
				arguments("{'auth': {'identity': {'methods': []}}}",
						"'auth.identity.methods' must be a non-empty array, e.g. [\"password\"]"),
				arguments("{'auth': {'identity': {'methods': ['token']}}}", "'auth.identity.methods' may only hold "
						+ "\"password\": cse-local issues tokens for password identities only"),
				arguments("{'auth': {'identity': {'methods': 'password'}}}",
						"'auth.identity.methods' must be a non-empty array, e.g. [\"password\"]"),
				arguments("{'auth': {'identity': {'methods': ['password']}}}", "'auth.identity.password' is missing"),
				arguments(identity + "'password': {}}}}", "'auth.identity.password.user' is missing"),
				arguments(identity + "'password': {'user': {}}}}}", "'auth.identity.password.user.domain' is missing"),
				arguments(identity + "'password': {'user': {'domain': {}}}}}}",
						"'auth.identity.password.user.domain' must have a 'name' (or an 'id')"),
				arguments(identity + "'password': {'user': {'domain': {'name': 7}}}}}}",
						"'auth.identity.password.user.domain.name' must be a non-empty string"),
				arguments(identity + "'password': {'user': {'domain': {'name': 'd'}}}}}}",
						"'auth.identity.password.user.name' is missing"),
				arguments(identity + "'password': {'user': {'name': 'u', 'domain': {'name': 'd'}}}}}}",
						"'auth.identity.password.user.password' is missing"),
				arguments(identity + "'password': {'user': {'name': 'u', 'password': '', 'domain': {'name': 'd'}}}}}}",
						"'auth.identity.password.user.password' must be a non-empty string"),
				arguments(identity + "'password': {'user': {'name': 'u', 'password': 'p', 'domain': {'name': 'd'}}}},"
						+ " 'scope': {'project': 'p'}}}", "'auth.scope.project' must be a JSON object"));
	}

	@Test
	void aMissingOrDomainScopeShouldAnswer400() {
		String noScope = demoLogin("").replace(",\n  \"scope\": {\"project\": {}}", "");
		assertIamError(issue(noScope), 400, "The request body is invalid: 'auth.scope' is missing.", "Bad Request");
		assertIamError(issue(demoLogin("")), 400,
				"The request body is invalid: 'auth.scope.project' must have an 'id' or a 'name'.", "Bad Request");
		String domainScope = demoLogin("").replace("\"project\": {}", "\"domain\": {\"name\": \"cse-local\"}");
		assertIamError(issue(domainScope), 400, "The request body is invalid: 'auth.scope' names a domain; cse-local "
				+ "issues project-scoped tokens only (CSE is a project-level service): use 'auth.scope.project'.",
				"Bad Request");
	}

	@Test
	void aBodyThatIsNotJsonShouldNeverBeEchoed() {
		MvcTestResult refused = issue("{\"auth\": {\"identity\": {\"password\": \"hunter2-secret\"");

		assertThat(text(refused)).doesNotContain("hunter2");
	}

	@Test
	void otherMethodsOnTheTokensPathShouldBeUnknownApis() {
		assertGatewayError(this.mvc.get().uri(TOKENS).exchange(), 404, "APIGW.0101",
				"The API does not exist or has not been published in the environment.");
	}

	private MvcTestResult issue(String body) {
		return this.mvc.post().uri(TOKENS).content(body).exchange();
	}

	private static String demoLogin(String projectScope) {
		return tokenRequest("cse-local", "cse-local", "cse-local-Pass1", projectScope);
	}

	private static String field(MvcTestResult result, String name) {
		return JsonPath.read(text(result), "$.token." + name);
	}

	static void assertIamError(MvcTestResult result, int status, String message, String title) {
		assertThat(result).hasStatus(status).hasContentType("application/json");
		assertThat(result.getResponse().getHeader("X-Request-Id")).matches("[0-9a-f]{32}");
		assertThat(result).bodyJson().isStrictlyEqualTo("{\"error\":{\"code\":" + status + ",\"message\":"
				+ tools.jackson.databind.json.JsonMapper.shared().writeValueAsString(message) + ",\"title\":\"" + title
				+ "\"}}");
	}

}
