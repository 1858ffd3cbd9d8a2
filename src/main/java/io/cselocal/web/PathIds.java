package io.cselocal.web;

import java.util.regex.Pattern;

import io.cselocal.error.CseException;
import org.jspecify.annotations.Nullable;

/**
 * The rules for the ids in paths and in {@code X-Enterprise-Project-ID}, the same wherever an id is given: the
 * emulated API and the control plane.
 */
public final class PathIds {

	private static final Pattern ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private static final int MAX_ENGINE_ID = 64;

	private PathIds() {
	}

	/** A {@code project_id}: 1 to 64 letters, digits, hyphens or underscores. */
	public static String projectId(String value) {
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

	/** An {@code engine_id}: 1 to 64 characters. */
	public static String engineId(String value) {
		if (value.isEmpty() || value.length() > MAX_ENGINE_ID) {
			throw CseException.badRequest("Invalid engine_id " + Texts.quote(value) + ": it must be 1 to 64 characters, got "
					+ value.length() + ".");
		}
		return value;
	}

	/** The enterprise project of a header value: {@code "0"} when absent or blank. */
	public static String enterpriseProject(@Nullable String header) {
		if (header == null || header.isBlank()) {
			return ProjectScope.DEFAULT_ENTERPRISE_PROJECT;
		}
		if (!ID.matcher(header).matches()) {
			throw CseException.badRequest("Invalid X-Enterprise-Project-ID " + Texts.quote(header)
					+ ": it must be 1 to 64 letters, digits, hyphens or underscores.");
		}
		return header;
	}

}
