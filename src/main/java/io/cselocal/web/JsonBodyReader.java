package io.cselocal.web;

import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.cselocal.error.CseException;
import io.cselocal.error.JsonProblems;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.stereotype.Component;

/**
 * Reads a request body into its record and checks its constraints, when the service decides it is time to: an
 * operation checks that the engine exists before it looks at the body. Every problem becomes one 400 whose message
 * names the field and the rule it broke.
 */
@Component
public class JsonBodyReader {

	private final JsonMapper json;

	private final JsonMapper exact;

	private final Validator validator;

	JsonBodyReader(JsonMapper json, Validator validator) {
		this.json = json;
		this.exact = json.rebuild().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();
		this.validator = validator;
	}

	/** The body as a {@code type}, which must be a record; an absent body is an error. */
	public <T extends Record> T read(byte @Nullable [] body, Class<T> type) {
		T value = parse(body, type);
		validate(value);
		return value;
	}

	/**
	 * The body as a {@code type}, like {@link #read}, but a field the record does not have is an error too: for
	 * the control plane, where a misspelt field silently ignored would change what a test sets up.
	 */
	public <T extends Record> T readExact(byte @Nullable [] body, Class<T> type) {
		if (body == null || isBlank(body)) {
			throw CseException.badRequest("The request body is missing: a JSON object is required.");
		}
		T value = parse(this.exact, body, type);
		validate(value);
		return value;
	}

	/** The body as a {@code type}, its JSON checked but not its constraints (see {@link #validate}). */
	public <T extends Record> T parse(byte @Nullable [] body, Class<T> type) {
		if (body == null || isBlank(body)) {
			throw CseException.badRequest("The request body is missing: a JSON object is required.");
		}
		return parse(this.json, body, type);
	}

	private static <T> T parse(JsonMapper json, byte[] body, Class<T> type) {
		try {
			JsonNode tree = json.readTree(body);
			if (tree == null || !tree.isObject()) {
				throw CseException.badRequest("The request body must be a JSON object, not " + kind(tree) + ".");
			}
			return json.treeToValue(tree, type);
		}
		catch (JacksonException problem) {
			throw JsonProblems.describe(problem);
		}
	}

	/** Checks the constraints of a parsed body: the first one broken, by field order, becomes a 400. */
	public <T> void validate(T value) {
		Set<ConstraintViolation<T>> violations = this.validator.validate(value);
		violations.stream().min(firstByDeclaration(value.getClass())).ifPresent((violation) -> {
			throw CseException.badRequest(
					"Parameter '" + wirePath(value.getClass(), violation.getPropertyPath()) + "' " + violation.getMessage()
							+ ".");
		});
	}

	/** Violations in the order of the record's fields, and for one field by {@link #rank}. */
	private static <T> Comparator<ConstraintViolation<T>> firstByDeclaration(Class<?> type) {
		List<String> order = Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
		Comparator<ConstraintViolation<T>> byField = Comparator.comparingInt((violation) -> {
			int index = order.indexOf(firstNode(violation.getPropertyPath()));
			return index < 0 ? Integer.MAX_VALUE : index;
		});
		return byField.thenComparing((ConstraintViolation<T> violation) -> violation.getPropertyPath().toString())
			.thenComparingInt(JsonBodyReader::rank);
	}

	/** "Missing" first, then "empty", then any other rule. */
	private static int rank(ConstraintViolation<?> violation) {
		Class<?> rule = violation.getConstraintDescriptor().getAnnotation().annotationType();
		if (rule == NotNull.class) {
			return 0;
		}
		return (rule == NotBlank.class || rule == NotEmpty.class) ? 1 : 2;
	}

	private static String firstNode(Path path) {
		return path.iterator().hasNext() ? path.iterator().next().getName() : "";
	}

	/** The property path with each field named as on the wire ({@code auth_cred.pwd}, not {@code authCred.pwd}). */
	static String wirePath(Class<?> type, Path path) {
		StringBuilder wire = new StringBuilder();
		Class<?> current = type;
		for (Path.Node node : path) {
			if (node.getIndex() != null) {
				wire.append('[').append(node.getIndex()).append(']');
			}
			if (node.getName() == null) {
				continue;
			}
			RecordComponent component = component(current, node.getName());
			wire.append(wire.isEmpty() ? "" : ".").append(wireName(component, node.getName()));
			current = (component != null) ? component.getType() : Object.class;
		}
		return wire.toString();
	}

	private static @Nullable RecordComponent component(Class<?> type, String name) {
		if (!type.isRecord()) {
			return null;
		}
		return Arrays.stream(type.getRecordComponents()).filter((c) -> c.getName().equals(name)).findFirst().orElse(null);
	}

	private static String wireName(@Nullable RecordComponent component, String name) {
		JsonProperty property = (component != null) ? component.getAccessor().getAnnotation(JsonProperty.class) : null;
		return (property != null && !property.value().isEmpty()) ? property.value() : name;
	}

	private static String kind(@Nullable JsonNode tree) {
		if (tree == null || tree.isMissingNode()) {
			return "empty";
		}
		if (tree.isArray()) {
			return "an array";
		}
		if (tree.isString()) {
			return "a string";
		}
		if (tree.isNumber()) {
			return "a number";
		}
		if (tree.isBoolean()) {
			return "a boolean";
		}
		return "null";
	}

	private static boolean isBlank(byte[] body) {
		for (byte b : body) {
			if (b != ' ' && b != '\n' && b != '\r' && b != '\t') {
				return false;
			}
		}
		return true;
	}

}
