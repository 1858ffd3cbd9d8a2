package io.cselocal.it;

import java.net.http.HttpResponse;
import java.util.Locale;

import io.cselocal.CseLocalServerTest;
import io.cselocal.web.CseOperations;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static io.cselocal.it.Http.json;
import static org.assertj.core.api.Assertions.assertThat;

/** The OpenAPI document lists every emulated operation and every control-plane call, and Swagger UI answers. */
@CseLocalServerTest
class OpenApiIT {

	@LocalServerPort
	private int port;

	@Autowired
	private CseOperations operations;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Test
	void everyEmulatedOperationShouldBeDocumentedWithItsParametersAndBody() {
		JsonNode paths = document().get("paths");

		assertThat(this.operations.all()).isNotEmpty();
		for (CseOperations.Operation operation : this.operations.all()) {
			for (String pattern : CseOperations.patterns(operation)) {
				for (var method : operation.mapping().getMethodsCondition().getMethods()) {
					JsonNode documented = paths.path(pattern).path(method.name().toLowerCase(Locale.ROOT));
					assertThat(documented.path("operationId").asString()).as(pattern).isEqualTo(operation.name());
					assertThat(documented.path("parameters").valueStream().map((p) -> p.get("name").asString()))
						.as(pattern)
						.doesNotContain("engine", "scope", "request");
					if (pattern.startsWith("/v2/")) {
						assertThat(documented.path("parameters").valueStream().map((p) -> p.get("name").asString()))
							.as(pattern)
							.contains("project_id");
					}
				}
			}
		}
		JsonNode upgrade = paths.path("/v2/{project_id}/enginemgr/engines/{engine_id}/upgrade").path("put");
		assertThat(upgrade.path("parameters").valueStream().map((p) -> p.get("name").asString()))
			.containsExactly("project_id", "engine_id", "X-Enterprise-Project-ID");
		assertThat(upgrade.at("/requestBody/content/application~1json/schema/$ref").asString())
			.isEqualTo("#/components/schemas/UpgradeEngineRequest");
		assertThat(document().at("/components/schemas/UpgradeEngineRequest/properties/version/type").asString())
			.isEqualTo("string");
		assertThat(upgrade.at("/responses/400/content/application~1json/schema/$ref").asString())
			.isEqualTo("#/components/schemas/CseError");
	}

	@Test
	void everyControlPlaneCallShouldBeDocumented() {
		JsonNode paths = document().get("paths");

		int calls = 0;
		for (var entry : this.mappings.getHandlerMethods().entrySet()) {
			if (!entry.getValue().getBeanType().getPackageName().startsWith("io.cselocal")) {
				continue;
			}
			for (String pattern : entry.getKey().getPatternValues()) {
				for (var method : entry.getKey().getMethodsCondition().getMethods()) {
					if (pattern.startsWith("/_emulator/")) {
						assertThat(paths.path(pattern).has(method.name().toLowerCase(Locale.ROOT)))
							.as(method + " " + pattern)
							.isTrue();
						calls++;
					}
				}
			}
		}
		assertThat(calls).isGreaterThanOrEqualTo(12);
		assertThat(paths.path("/_emulator/faults").path("post").at("/requestBody/content/application~1json/schema/$ref")
			.asString()).isEqualTo("#/components/schemas/FaultRuleRequest");
		assertThat(paths.has("/error")).isFalse();
	}

	@Test
	void swaggerUiShouldAnswer() {
		Http http = new Http(this.port);

		HttpResponse<String> redirect = http.get("/_emulator/swagger-ui.html");
		HttpResponse<String> page = http.get("/_emulator/swagger-ui/index.html");
		HttpResponse<String> config = http.get("/_emulator/openapi/swagger-config");

		assertThat(redirect.statusCode()).isEqualTo(302);
		assertThat(redirect.headers().firstValue("Location")).hasValue("/_emulator/swagger-ui/index.html");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<div id=\"swagger-ui\"></div>");
		assertThat(http.get("/_emulator/swagger-ui/swagger-ui-bundle.js").statusCode()).isEqualTo(200);
		assertThat(json(config).get("url").asString()).isEqualTo("/_emulator/openapi");
	}

	private JsonNode document() {
		HttpResponse<String> document = new Http(this.port).get("/_emulator/openapi");
		assertThat(document.statusCode()).isEqualTo(200);
		return json(document);
	}

}
