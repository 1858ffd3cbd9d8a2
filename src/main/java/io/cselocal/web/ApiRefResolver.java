package io.cselocal.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.core.MethodParameter;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;

/**
 * Builds {@link ProjectScope} and {@link EngineRef} handler arguments from the path and the
 * {@code X-Enterprise-Project-ID} header, rejecting malformed ids before any rule looks at them.
 */
class ApiRefResolver implements HandlerMethodArgumentResolver {

	static final String ENTERPRISE_PROJECT_HEADER = "X-Enterprise-Project-ID";

	@Override
	public boolean supportsParameter(MethodParameter parameter) {
		Class<?> type = parameter.getParameterType();
		return type == ProjectScope.class || type == EngineRef.class;
	}

	@Override
	public Object resolveArgument(MethodParameter parameter, @Nullable ModelAndViewContainer container,
			NativeWebRequest request, @Nullable WebDataBinderFactory binders) {
		HttpServletRequest http = request.getNativeRequest(HttpServletRequest.class);
		Map<String, String> path = (http != null) ? CseOperations.pathVariables(http) : Map.of();
		String projectId = PathIds.projectId(path.getOrDefault("project_id", ""));
		String engineId = (parameter.getParameterType() == EngineRef.class)
				? PathIds.engineId(path.getOrDefault("engine_id", "")) : null;
		ProjectScope scope = new ProjectScope(projectId,
				PathIds.enterpriseProject(request.getHeader(ENTERPRISE_PROJECT_HEADER)));
		return (engineId == null) ? scope : new EngineRef(scope, engineId);
	}


}
