package io.cselocal.iam;

import java.util.Map;

import io.cselocal.CseLocalTest;
import io.cselocal.StrictAuth;
import io.cselocal.auth.AuthTestSupport;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static io.cselocal.StrictAuth.ALICE_PASSWORD;
import static io.cselocal.StrictAuth.OTHER_AK;
import static io.cselocal.StrictAuth.OTHER_PROJECT;
import static io.cselocal.StrictAuth.OTHER_SK;
import static org.assertj.core.api.Assertions.assertThat;

/** IAM in strict mode: the project lookup needs credentials and sees only their projects; tokens per project. */
@CseLocalTest
@StrictAuth
class StrictIamTests extends AuthTestSupport {

	@Autowired
	private TokenStore tokens;

	@Test
	void theProjectLookupShouldNeedCredentials() {
		assertGatewayError(this.mvc.get().uri("/v3/projects?name=cn-north-4").exchange(), 401, "APIGW.0301",
				"Incorrect IAM authentication information: x-auth-token not found");
	}

	@Test
	void theProjectLookupShouldRefuseAWrongSignature() {
		assertThat(signed("GET", "/v3/projects?name=cn-north-4", "", DEMO_AK, "wrong")).hasStatus(401);
	}

	@Test
	void theProjectLookupByRegionNameShouldAnswerTheKeysProjectAsTheSdkExpects() {
		String domainId = IamIds.domain("cse-local");
		assertThat(signed("GET", "/v3/projects?name=cn-north-4", "", DEMO_AK, DEMO_SK)).hasStatusOk()
			.bodyJson()
			.isStrictlyEqualTo("""
					{"links": {"self": "http://localhost/v3/projects?name=cn-north-4", "previous": null, "next": null},
					 "projects": [{"is_domain": false, "description": "",
					   "links": {"self": "http://localhost/v3/projects/%s", "previous": null, "next": null},
					   "enabled": true, "id": "%s", "parent_id": "%s", "domain_id": "%s", "name": "cn-north-4"}]}"""
				.formatted(PROJECT, PROJECT, domainId, domainId));
	}

	@Test
	void theProjectLookupShouldSeeOnlyTheCallersProjects() {
		assertThat(signed("GET", "/v3/projects?name=cn-north-4", "", OTHER_AK, OTHER_SK)).bodyJson()
			.extractingPath("$.projects")
			.asArray()
			.isEmpty();
		assertThat(signed("GET", "/v3/projects?name=eu-west-0", "", OTHER_AK, OTHER_SK)).bodyJson()
			.extractingPath("$.projects[*].id")
			.asArray()
			.containsExactly(OTHER_PROJECT);
		assertThat(signed("GET", "/v3/projects", "", OTHER_AK, OTHER_SK)).bodyJson()
			.extractingPath("$.projects[*].name")
			.asArray()
			.containsExactly("eu-west-0");
	}

	@Test
	void theProjectLookupWithATokenShouldSeeTheTokensProject() {
		String token = token("acme", "alice", ALICE_PASSWORD, OTHER_PROJECT);

		assertThat(withToken("GET", "/v3/projects", "", token)).bodyJson()
			.extractingPath("$.projects[*].id")
			.asArray()
			.containsExactly(OTHER_PROJECT);
		assertThat(withToken("GET", "/v3/projects", "", token)).bodyJson()
			.extractingPath("$.projects[0].domain_id")
			.isEqualTo(IamIds.domain("acme"));
	}

	@Test
	void aTokenShouldBeScopedByAConfiguredProjectName() {
		String issued = text(this.mvc.post()
			.uri("/v3/auth/tokens")
			.content(tokenRequest("acme", "alice", ALICE_PASSWORD, "\"name\":\"eu-west-0\""))
			.exchange());

		assertThat(issued).contains("\"project\":{\"id\":\"" + OTHER_PROJECT + "\",\"name\":\"eu-west-0\"");
	}

	@Test
	void forgettingAProjectShouldForgetItsTokensOnly() {
		String forgotten = token("acme", "alice", ALICE_PASSWORD, PROJECT);
		String kept = token("acme", "alice", ALICE_PASSWORD, OTHER_PROJECT);

		this.tokens.clearProject(PROJECT);

		assertThat(withToken("GET", DEMO, "", forgotten)).hasStatus(401);
		assertThat(withToken("GET", "/v3/projects", "", kept)).hasStatusOk();
	}

	@Test
	void aTokenRequestShouldNeedNoCredentialsButAPassword() {
		assertThat(send("POST", "/v3/auth/tokens", tokenRequest("acme", "alice", ALICE_PASSWORD,
				"\"id\":\"" + PROJECT + "\""), Map.of())).hasStatus(201);
	}

}
