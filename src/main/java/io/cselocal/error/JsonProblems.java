package io.cselocal.error;

import java.util.Collection;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** Says, in the client's terms, what Jackson found wrong with a request body: which field, which rule. */
public final class JsonProblems {

	private JsonProblems() {
	}

	public static CseException describe(JacksonException problem) {
		if (problem instanceof MismatchedInputException mismatch) {
			return mismatch(mismatch);
		}
		if (problem instanceof StreamReadException) {
			return CseException.badRequest("The request body is not valid JSON: " + reason(problem) + where(problem));
		}
		String path = path(problem);
		return CseException.badRequest(path.isEmpty() ? "The request body could not be read as JSON."
				: "Parameter '" + path + "' could not be read: " + reason(problem) + ".");
	}

	private static CseException mismatch(MismatchedInputException mismatch) {
		String path = path(mismatch);
		if (mismatch instanceof UnrecognizedPropertyException unknown) {
			return CseException.badRequest("Parameter '" + path + "' is not a known field; the known fields are "
					+ known(unknown) + ".");
		}
		String expected = expected(mismatch.getTargetType());
		if (path.isEmpty()) {
			return CseException.badRequest("The request body must be " + expected + ".");
		}
		return CseException.badRequest("Parameter '" + path + "' must be " + expected + ".");
	}

	private static String known(UnrecognizedPropertyException unknown) {
		Collection<Object> ids = unknown.getKnownPropertyIds();
		return (ids == null) ? "listed in the documentation"
				: String.join(", ", ids.stream().map(String::valueOf).sorted().toList());
	}

	/** The JSON path of the offending value, such as {@code auth_cred.pwd} or {@code azList[1]}. */
	static String path(JacksonException problem) {
		StringBuilder path = new StringBuilder();
		for (JacksonException.Reference reference : problem.getPath()) {
			String name = reference.getPropertyName();
			if (name != null) {
				path.append(path.isEmpty() ? "" : ".").append(name);
			}
			else if (reference.getIndex() >= 0) {
				path.append('[').append(reference.getIndex()).append(']');
			}
		}
		return path.toString();
	}

	static String expected(@Nullable Class<?> type) {
		if (type == null) {
			return "of another type";
		}
		if (CharSequence.class.isAssignableFrom(type)) {
			return "a string";
		}
		if (type == Integer.class || type == int.class || type == Long.class || type == long.class
				|| type == Short.class || type == short.class) {
			return "an integer";
		}
		if (type == Boolean.class || type == boolean.class) {
			return "true or false";
		}
		if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
			return "a number";
		}
		if (Collection.class.isAssignableFrom(type) || type.isArray()) {
			return "a JSON array";
		}
		if (type.isEnum()) {
			return "one of " + java.util.Arrays.toString(type.getEnumConstants());
		}
		if (Map.class.isAssignableFrom(type) || type.isRecord() || !type.isPrimitive()) {
			return "a JSON object";
		}
		return "of another type";
	}

	private static String reason(JacksonException problem) {
		String message = problem.getOriginalMessage();
		if (message == null) {
			return "unreadable input";
		}
		for (String cut : new String[] { "\n", " (start marker", " at [Source", "[Source:" }) {
			int at = message.indexOf(cut);
			if (at >= 0) {
				message = message.substring(0, at);
			}
		}
		return message.strip();
	}

	private static String where(JacksonException problem) {
		TokenStreamLocation location = problem.getLocation();
		if (location == null || location.getLineNr() < 1) {
			return ".";
		}
		return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ").";
	}

}
