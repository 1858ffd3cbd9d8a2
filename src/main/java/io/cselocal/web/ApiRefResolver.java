package io.cselocal.web;

import java.util.Map;
import java.util.regex.Pattern;

import io.cselocal.error.CseException;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.HandlerMapping;

/**
 * Builds {@link ProjectScope} and {@link EngineRef} handler arguments from the path and the
 * {@code X-Enterprise-Project-ID} header, rejecting malformed ids before any rule looks at them.
 */
class ApiRefResolver implements HandlerMethodArgumentResolver {

	static final String ENTERPRISE_PROJECT_HEADER = "X-Enterprise-Project-ID";

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private static final int MAX_ENGINE_ID = 64;

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		Class<?> type = parameter.getParameterType();
		return type == ProjectScope.class || type == EngineRef.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
			NativeWebRequest request, @Nullable WebDataBinderFactory binders) {
		HttpServletRequest http = request.getNativeRequest(HttpServletRequest.class);
		Map<String, String> path = pathVariables(http);
		String projectId = projectId(path.getOrDefault("project_id", ""));
		String engineId = (parameter.getParameterType() == EngineRef.class) ? engineId(path.getOrDefault("engine_id", ""))
				: null;
		ProjectScope scope = new ProjectScope(projectId, enterpriseProject(request.getHeader(ENTERPRISE_PROJECT_HEADER)));
		return (engineId == null) ? scope : new EngineRef(scope, engineId);
	}

	static String projectId(String value) {
		if ("{project_id}".equals(value)) {
			throw CseException.badRequest("The path has the placeholder '{project_id}' instead of a project id: "
					+ "set the project id on the client's credentials.");
		}
		if (!ID.matcher(value).matches()) {
			throw CseException.badRequest("Invalid project_id " + Texts.quote(value)
					+ ": it must be 1 to 64 letters, digits, hyphens or underscores.");
		}
		return value;
	}

	static String engineId(String value) {
		if (value.isEmpty() || value.length() > MAX_ENGINE_ID) {
			throw CseException.badRequest("Invalid engine_id " + Texts.quote(value) + ": it must be 1 to 64 characters, got "
					+ value.length() + ".");
		}
		return value;
	}

	static String enterpriseProject(@Nullable String header) {
		if (header == null || header.isBlank()) {
			return ProjectScope.DEFAULT_ENTERPRISE_PROJECT;
		}
		if (!ID.matcher(header).matches()) {
			throw CseException.badRequest("Invalid X-Enterprise-Project-ID " + Texts.quote(header)
					+ ": it must be 1 to 64 letters, digits, hyphens or underscores.");
		}
		return header;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, String> pathVariables(@Nullable HttpServletRequest request) {
		Object variables = (request != null)
				? request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE) : null;
		return (variables instanceof Map<?, ?> map) ? (Map<String, String>) map : Map.of();
	}

}
