package io.cselocal;

import java.time.Duration;

import io.cselocal.clock.EmulatorClock;
import io.cselocal.seed.StartupState;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** What API tests share: the demo engine's coordinates, a fresh start-up state, and error-body assertions. */
public abstract class ApiTestSupport {

	public static final String PROJECT = "0123456789abcdef0123456789abcdef";

	public static final String ENGINE = "891bf21a-4024-4f47-b38c-bd259ca8f10a";

	public static final String ENGINES = "/v2/" + PROJECT + "/enginemgr/engines";

	public static final String DEMO = ENGINES + "/" + ENGINE;

	public static final String TOKEN = "X-Auth-Token";

	public static final Duration STAGE = Duration.ofMinutes(10);

	@Autowired
	protected MockMvcTester mvc;

	@Autowired
	protected EmulatorClock clock;

	@Autowired
	private StartupState state;

	@BeforeEach
	void startFromTheStartupState() {
		this.state.reset();
	}

	/** Moves the emulator's clock forward by {@code stages} job stages. */
	protected void passStages(int stages) {
		this.clock.advance(STAGE.multipliedBy(stages));
	}

	/** Asserts a CSE error body: status, {@code error_code} and {@code error_msg}, JSON, with a request id. */
	public static void assertError(MvcTestResult result, int status, String code, String message) {
		assertThat(result).hasStatus(status).hasContentType("application/json").hasHeader("X-Request-Id",
				result.getResponse().getHeader("X-Request-Id"));
		assertThat(result.getResponse().getHeader("X-Request-Id")).matches("[0-9a-f]{32}");
		assertThat(result).bodyJson().isStrictlyEqualTo(
				"{\"error_code\":" + quoted(code) + ",\"error_msg\":" + quoted(message) + "}");
	}

	/** Asserts an API-gateway error body: status, {@code error_code}, {@code error_msg} and the request id. */
	public static void assertGatewayError(MvcTestResult result, int status, String code, String message) {
		String requestId = result.getResponse().getHeader("X-Request-Id");
		assertThat(requestId).matches("[0-9a-f]{32}");
		assertThat(result).hasStatus(status).hasContentType("application/json");
		assertThat(result).bodyJson().isStrictlyEqualTo("{\"error_msg\":" + quoted(message) + ",\"error_code\":"
				+ quoted(code) + ",\"request_id\":" + quoted(requestId) + "}");
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
