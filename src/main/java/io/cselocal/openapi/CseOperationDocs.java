package io.cselocal.openapi;

import java.util.List;
import java.util.Map;

import io.cselocal.web.CseOperations;
import io.cselocal.web.EngineRef;
import io.cselocal.web.ProjectScope;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.PathParameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.customizers.OpenApiCustomizer;

import org.springframework.core.MethodParameter;
import org.springframework.util.ClassUtils;

/**
 * Completes what springdoc derives from the handlers of the emulated operations, by their {@code @CseOperation}
 * and parameter types, so a new operation is documented without touching this class: the operation id is the
 * operation's name; {@link EngineRef} and {@link ProjectScope} become {@code project_id}, {@code engine_id} and
 * {@code X-Enterprise-Project-ID}; a raw body becomes the schema of the operation's request record, the record
 * named {@code <Operation>Request} in the handler's package (or the one a swagger {@code @RequestBody} names);
 * the error answers get their bodies.
 */
class CseOperationDocs implements OpenApiCustomizer {

	static final String TOKEN = "X-Auth-Token";

	private static final String ERROR = "CseError";

	private static final String GATEWAY_ERROR = "GatewayError";

	private final CseOperations operations;

	CseOperationDocs(CseOperations operations) {
		this.operations = operations;
	}

	@Override
	public void customise(OpenAPI openApi) {
		Components components = openApi.getComponents();
		addErrorSchemas(components);
		for (CseOperations.Operation operation : this.operations.all()) {
			for (String pattern : CseOperations.patterns(operation)) {
				PathItem item = (openApi.getPaths() != null) ? openApi.getPaths().get(pattern) : null;
				if (item == null) {
					continue;
				}
				operation.mapping().getMethodsCondition().getMethods().forEach((method) -> {
					Operation documented = item.readOperationsMap().get(PathItem.HttpMethod.valueOf(method.name()));
					if (documented != null) {
						document(documented, operation, pattern, components);
					}
				});
			}
		}
	}

	private void document(Operation documented, CseOperations.Operation operation, String pattern,
			Components components) {
		documented.operationId(operation.name());
		documented.tags(List.of(pattern.startsWith("/v3/") ? "IAM (emulated)" : "CSE engine management (emulated)"));
		if (documented.getSummary() == null) {
			documented.summary(operation.name() + (operation.startsJob() ? " (starts a job)" : ""));
		}
		for (MethodParameter parameter : operation.handler().getMethodParameters()) {
			Class<?> type = parameter.getParameterType();
			if (type == EngineRef.class || type == ProjectScope.class) {
				addParameter(documented, pathParameter("project_id", "The project id: 1 to 64 letters, digits, - or _"));
				if (type == EngineRef.class) {
					addParameter(documented, pathParameter("engine_id", "The engine id: 1 to 64 characters"));
				}
				addParameter(documented, new HeaderParameter().name("X-Enterprise-Project-ID")
					.required(false)
					.description("The enterprise project; default \"0\"")
					.schema(new StringSchema()));
			}
			if (isRawBody(parameter) && !hasDocumentedBody(parameter)) {
				documented.requestBody(requestBody(operation, components));
			}
		}
		if (pattern.startsWith("/v2/")) {
			documented.addSecurityItem(new SecurityRequirement().addList(TOKEN));
			documented.getResponses().addApiResponse("400", error("A parameter or the state refuses the call", ERROR));
			documented.getResponses().addApiResponse("401", error("No credentials, or bad ones", GATEWAY_ERROR));
		}
	}

	private static boolean isRawBody(MethodParameter parameter) {
		return parameter.getParameterType() == byte[].class
				&& parameter.hasParameterAnnotation(org.springframework.web.bind.annotation.RequestBody.class);
	}

	private static boolean hasDocumentedBody(MethodParameter parameter) {
		return parameter.getMethodAnnotation(io.swagger.v3.oas.annotations.parameters.RequestBody.class) != null;
	}

	private static RequestBody requestBody(CseOperations.Operation operation, Components components) {
		Class<?> record = requestRecord(operation);
		Schema<?> schema = (record != null) ? schemaOf(record, components)
				: new ObjectSchema().description("A JSON object");
		return new RequestBody().required(true)
			.content(new Content().addMediaType("application/json", new MediaType().schema(schema)));
	}

	/** {@code <Operation>Request} in the package of the operation's handler, if there is one. */
	static @Nullable Class<?> requestRecord(CseOperations.Operation operation) {
		Class<?> controller = operation.handler().getBeanType();
		String name = controller.getPackageName() + "." + operation.name() + "Request";
		ClassLoader loader = controller.getClassLoader();
		if (!ClassUtils.isPresent(name, loader)) {
			return null;
		}
		Class<?> type = ClassUtils.resolveClassName(name, loader);
		return type.isRecord() ? type : null;
	}

	@SuppressWarnings("rawtypes")
	private static Schema<?> schemaOf(Class<?> type, Components components) {
		Map<String, Schema> schemas = ModelConverters.getInstance().readAll(new AnnotatedType(type));
		schemas.forEach(components::addSchemas);
		return new Schema<>().$ref("#/components/schemas/" + type.getSimpleName());
	}

	private static void addParameter(Operation documented, Parameter parameter) {
		boolean present = documented.getParameters() != null && documented.getParameters()
			.stream()
			.anyMatch((p) -> p.getName().equals(parameter.getName()) && p.getIn().equals(parameter.getIn()));
		if (!present) {
			documented.addParametersItem(parameter);
		}
	}

	private static Parameter pathParameter(String name, String description) {
		return new PathParameter().name(name).required(true).description(description).schema(new StringSchema());
	}

	private static ApiResponse error(String description, String schema) {
		return new ApiResponse().description(description)
			.content(new Content().addMediaType("application/json",
					new MediaType().schema(new Schema<>().$ref("#/components/schemas/" + schema))));
	}

	private static void addErrorSchemas(Components components) {
		components.addSchemas(ERROR, new ObjectSchema().description("A CSE error")
			.addProperty("error_code", new StringSchema().example("SVCSTG.00500400"))
			.addProperty("error_msg", new StringSchema()));
		components.addSchemas(GATEWAY_ERROR, new ObjectSchema().description("An API gateway error")
			.addProperty("error_msg", new StringSchema())
			.addProperty("error_code", new StringSchema().example("APIGW.0301"))
			.addProperty("request_id", new StringSchema()));
	}

}
