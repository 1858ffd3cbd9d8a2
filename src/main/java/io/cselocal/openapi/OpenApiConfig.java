package io.cselocal.openapi;

import io.cselocal.web.CseOperations;
import io.cselocal.web.EngineRef;
import io.cselocal.web.ProjectScope;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityScheme;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springdoc.core.utils.SpringDocUtils;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document at {@code /_emulator/openapi} and Swagger UI at {@code /_emulator/swagger-ui.html}: the
 * emulated operations, found by their {@code @CseOperation}, and the control plane.
 */
@Configuration(proxyBeanMethods = false)
class OpenApiConfig {

	static {
		SpringDocUtils.getConfig().addRequestWrapperToIgnore(EngineRef.class, ProjectScope.class);
	}

	@Bean
	OpenAPI cseLocalOpenApi() {
		return new OpenAPI()
			.info(new Info().title("cse-local")
				.version("v2")
				.description("A local emulator of Huawei Cloud CSE engine management (`/v2/{project_id}/enginemgr`), "
						+ "its IAM token endpoint (`/v3`), and the emulator's control plane (`/_emulator`). "
						+ "Calls to `/v2` need credentials: in permissive mode any `X-Auth-Token` will do."))
			.components(new Components().addSecuritySchemes(CseOperationDocs.TOKEN,
					new SecurityScheme().type(SecurityScheme.Type.APIKEY)
						.in(SecurityScheme.In.HEADER)
						.name("X-Auth-Token")
						.description("An IAM token; in permissive mode any non-empty value")));
	}

	@Bean
	OpenApiCustomizer cseOperationDocs(CseOperations operations) {
		return new CseOperationDocs(operations);
	}

}
