package io.cselocal.iam;

import java.util.Map;

import io.cselocal.CseLocalTest;
import io.cselocal.auth.AuthTestSupport;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code GET /v3/projects} in the default, permissive mode. */
@CseLocalTest
class IamProjectsTests extends AuthTestSupport {

	@Test
	void aKeyCseLocalDoesNotKnowShouldSeeEveryProjectOfTheName() {
		assertThat(send("GET", "/v3/projects?name=cn-north-4", "", Map.of("Authorization",
				"SDK-HMAC-SHA256 Access=AKMINE, SignedHeaders=x-sdk-date, Signature=" + "b".repeat(64), "X-Sdk-Date",
				"20240101T120000Z"))).hasStatusOk().bodyJson().extractingPath("$.projects[*].id").asArray()
			.containsExactly(PROJECT);
	}

	@Test
	void theDemoKeyShouldSeeItsProject() {
		assertThat(signed("GET", "/v3/projects?name=cn-north-4", "", DEMO_AK, DEMO_SK)).bodyJson()
			.extractingPath("$.projects[*].id")
			.asArray()
			.containsExactly(PROJECT);
	}

	@Test
	void anotherNameShouldFindNothing() {
		assertThat(withToken("GET", "/v3/projects?name=eu-west-0", "", "any")).hasStatusOk()
			.bodyJson()
			.extractingPath("$.projects")
			.asArray()
			.isEmpty();
	}

	@Test
	void theProjectLookupShouldStillNeedCredentials() {
		assertGatewayError(this.mvc.get().uri("/v3/projects").exchange(), 401, "APIGW.0301",
				"Incorrect IAM authentication information: x-auth-token not found");
	}

	@Test
	void otherIamPathsShouldNeedCredentialsThenBeUnknown() {
		assertGatewayError(this.mvc.get().uri("/v3/users").exchange(), 401, "APIGW.0301",
				"Incorrect IAM authentication information: x-auth-token not found");
		assertGatewayError(withToken("GET", "/v3/users", "", "any"), 404, "APIGW.0101",
				"The API does not exist or has not been published in the environment.");
	}

}
