package io.cselocal.journal;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** What the journal masks: secret-looking fields in JSON, and name=value pairs in anything else. */
class RedactionTests {

	private final Redaction redaction = new Redaction(JsonMapper.builder().build());

	@Test
	void secretLookingNamesShouldBeRecognised() {
		assertThat(Redaction.isSecret("password")).isTrue();
		assertThat(Redaction.isSecret("pwd")).isTrue();
		assertThat(Redaction.isSecret("X-Auth-Token")).isTrue();
		assertThat(Redaction.isSecret("secret_key")).isTrue();
		assertThat(Redaction.isSecret("SK")).isTrue();
		assertThat(Redaction.isSecret("signature")).isTrue();
		assertThat(Redaction.isSecret("name")).isFalse();
		assertThat(Redaction.isSecret("version")).isFalse();
		assertThat(Redaction.isSecret("ak")).isFalse();
	}

	@Test
	void jsonShouldKeepItsShapeWithSecretValuesMasked() {
		assertThat(body("{\"name\":\"e\",\"auth_cred\":{\"pwd\":\"p\"},\"list\":[{\"token\":\"t\"}],\"n\":1}"))
			.isEqualTo("{\"name\":\"e\",\"auth_cred\":{\"pwd\":\"******\"},\"list\":[{\"token\":\"******\"}],\"n\":1}");
	}

	@Test
	void insideASecretObjectOnlyNamesShouldStayReadable() {
		assertThat(body("{\"token\":{\"id\":\"abc\",\"name\":\"n\",\"ids\":[\"x\"]}}"))
			.isEqualTo("{\"token\":{\"id\":\"******\",\"name\":\"n\",\"ids\":[\"******\"]}}");
	}

	@Test
	void textThatIsNotJsonShouldBeMaskedByPattern() {
		assertThat(body("a=1&password=p&sk=k")).isEqualTo("a=1&password=******&sk=******");
		assertThat(body("{\"password\": \"p\\\"q\", \"v\": 1")).isEqualTo("{\"password\": \"******\", \"v\": 1");
		assertThat(Redaction.query("x-auth-token=t&limit=5")).isEqualTo("x-auth-token=******&limit=5");
	}

	@Test
	void aHugeBodyShouldBeMaskedWithoutOverflowingTheStack() {
		String huge = "{\"password\":\"" + "s".repeat(500_000) + "\",\"v\":\"" + "\\\"".repeat(50_000) + "\"}";

		assertThat(body(huge)).startsWith("{\"password\":\"******\",\"v\":");
	}

	private String body(String text) {
		return this.redaction.body(text.getBytes(StandardCharsets.UTF_8));
	}

}
