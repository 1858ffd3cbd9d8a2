package io.cselocal.error;

import java.util.HashSet;
import java.util.Set;

import io.cselocal.ApiTestSupport;
import io.cselocal.CseLocalTest;
import org.junit.jupiter.api.Test;

import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

/** Errors that no operation raises itself: unknown APIs, methods, and failures inside cse-local. */
@CseLocalTest
@Import(ErrorHandlingTests.Exploding.class)
class ErrorHandlingTests extends ApiTestSupport {

	@Test
	void anUnknownPathShouldAnswerTheGateways404() {
		assertGatewayError(this.mvc.get().uri("/v2/" + PROJECT + "/enginemgr/nothing").header(TOKEN, "t").exchange(),
				404, "APIGW.0101", "The API does not exist or has not been published in the environment.");
	}

	@Test
	void aPathOutsideTheApiShouldAnswerTheGateways404() {
		assertGatewayError(this.mvc.get().uri("/index.html").exchange(), 404, "APIGW.0101",
				"The API does not exist or has not been published in the environment.");
	}

	@Test
	void anUnknownMethodShouldAnswerTheGateways404() {
		assertGatewayError(this.mvc.post().uri(DEMO).header(TOKEN, "t").content("{}").exchange(), 404, "APIGW.0101",
				"The API does not exist or has not been published in the environment.");
		assertGatewayError(this.mvc.delete().uri(DEMO + "/upgrade").header(TOKEN, "t").exchange(), 404, "APIGW.0101",
				"The API does not exist or has not been published in the environment.");
	}

	@Test
	void aTrailingSlashShouldBeAnUnknownApi() {
		assertGatewayError(this.mvc.get().uri(DEMO + "/").header(TOKEN, "t").exchange(), 404, "APIGW.0101",
				"The API does not exist or has not been published in the environment.");
	}

	@Test
	void anInternalFailureShouldAnswer500WithoutInternals() {
		MvcTestResult result = this.mvc.get().uri("/v2/" + PROJECT + "/explode").header(TOKEN, "t").exchange();

		assertError(result, 500, "SVCSTG.00500500",
				"Internal server error. Check the cse-local log for this request id.");
		assertThat(result.getResponse().getContentAsByteArray()).asString()
			.doesNotContain("Exception", "io.cselocal", "SELECT");
	}

	@Test
	void everyAnswerShouldCarryItsOwnRequestId() {
		Set<String> ids = new HashSet<>();
		for (int i = 0; i < 20; i++) {
			ids.add(this.mvc.get().uri(DEMO).header(TOKEN, "t").exchange().getResponse().getHeader("X-Request-Id"));
			ids.add(this.mvc.get().uri("/nothing").exchange().getResponse().getHeader("X-Request-Id"));
		}
		assertThat(ids).hasSize(40).allMatch((id) -> id != null && id.matches("[0-9a-f]{32}"));
	}

	@Test
	void aGatewayErrorShouldRepeatTheRequestIdOfItsHeader() {
		MvcTestResult result = this.mvc.get().uri(DEMO).exchange();

		assertThat(result).bodyJson()
			.extractingPath("$.request_id")
			.isEqualTo(result.getResponse().getHeader("X-Request-Id"));
	}

	/** A handler that fails the way a bug would. */
	@RestController
	static class Exploding {

		@GetMapping("/v2/{project_id}/explode")
		String explode() {
			throw new IllegalStateException("SELECT * FROM secrets failed in io.cselocal.Exploding");
		}

	}

}
