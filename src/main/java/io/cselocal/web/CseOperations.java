package io.cselocal.web;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/**
 * The emulated operations, found at run time from the {@link CseOperation} annotations on handler methods, so that
 * fault rules, the request journal and the API document cover every operation the moment its handler exists.
 */
@Component
public class CseOperations {

	private static final String ATTRIBUTE = CseOperations.class.getName() + ".operation";

	private final ApplicationContext context;

	private volatile @Nullable Map<String, Operation> byName;

	CseOperations(ApplicationContext context) {
		this.context = context;
	}

	/** An emulated operation: its name, whether it starts a job, and its handler. */
	public record Operation(String name, boolean startsJob, HandlerMethod handler, RequestMappingInfo mapping) {
	}

	/** Every operation, by name, in name order. */
	public Collection<Operation> all() {
		return operations().values();
	}

	public Optional<Operation> find(String name) {
		return Optional.ofNullable(operations().get(name));
	}

	/** The names of every operation, in name order. */
	public List<String> names() {
		return List.copyOf(operations().keySet());
	}

	/** The operation a handler method answers, if it is one. */
	public static @Nullable CseOperation of(@Nullable Object handler) {
		return (handler instanceof HandlerMethod method) ? method.getMethodAnnotation(CseOperation.class) : null;
	}

	/** Remembers on the request which operation it is, once Spring MVC has chosen its handler. */
	static void attach(HttpServletRequest request, CseOperation operation) {
		request.setAttribute(ATTRIBUTE, operation.value());
	}

	/**
	 * The operation a request is for: the one its handler answered, or, for a request refused before it reached a
	 * handler (no credentials, say), the one whose mapping matches it; {@code null} for no operation.
	 */
	public @Nullable String operationOf(HttpServletRequest request) {
		Object attached = request.getAttribute(ATTRIBUTE);
		if (attached instanceof String name) {
			return name;
		}
		if (!ServletRequestPathUtils.hasParsedRequestPath(request)) {
			ServletRequestPathUtils.parseAndCache(request);
		}
		return all().stream()
			.filter((operation) -> operation.mapping().getMatchingCondition(request) != null)
			.map(Operation::name)
			.findFirst()
			.orElse(null);
	}

	/** The path variables of the request's handler mapping, when Spring MVC has matched one. */
	@SuppressWarnings("unchecked")
	public static Map<String, String> pathVariables(HttpServletRequest request) {
		Object variables = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
		return (variables instanceof Map<?, ?> map) ? (Map<String, String>) map : Map.of();
	}

	/** The path patterns of an operation, such as {@code /v2/{project_id}/enginemgr/engines/{engine_id}}. */
	public static List<String> patterns(Operation operation) {
		return operation.mapping().getPatternValues().stream().sorted().toList();
	}

	private Map<String, Operation> operations() {
		Map<String, Operation> known = this.byName;
		if (known == null) {
			known = discover();
			this.byName = known;
		}
		return known;
	}

	private Map<String, Operation> discover() {
		RequestMappingHandlerMapping mapping = this.context.getBean("requestMappingHandlerMapping",
				RequestMappingHandlerMapping.class);
		return mapping.getHandlerMethods()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getValue().hasMethodAnnotation(CseOperation.class))
			.map((entry) -> operation(entry.getKey(), entry.getValue()))
			.sorted(Comparator.comparing(Operation::name))
			.collect(Collectors.toMap(Operation::name, Function.identity(), (a, b) -> a,
					java.util.LinkedHashMap::new));
	}

	private static Operation operation(RequestMappingInfo info, HandlerMethod handler) {
		CseOperation annotation = handler.getMethodAnnotation(CseOperation.class);
		return new Operation(annotation.value(), annotation.startsJob(), handler, info);
	}

}
