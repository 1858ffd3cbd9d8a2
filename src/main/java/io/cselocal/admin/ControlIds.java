package io.cselocal.admin;

import java.util.regex.Pattern;

import io.cselocal.error.CseException;
import io.cselocal.web.Texts;

/** The ids in control-plane paths, held to the same rules as in the emulated API's paths. */
final class ControlIds {

	private static final Pattern PROJECT_ID = Pattern.compile("[A-Za-z0-9_-]{1,64}");

	private static final int MAX_ENGINE_ID = 64;

	private ControlIds() {
	}

	static String projectId(String value) {
		if (!PROJECT_ID.matcher(value).matches()) {
			throw CseException.badRequest("Invalid project_id " + Texts.quote(value)
					+ ": it must be 1 to 64 letters, digits, hyphens or underscores.");
		}
		return value;
	}

	static String engineId(String value) {
		if (value.isEmpty() || value.length() > MAX_ENGINE_ID) {
			throw CseException.badRequest("Invalid engine_id " + Texts.quote(value)
					+ ": it must be 1 to 64 characters, got " + value.length() + ".");
		}
		return value;
	}

}
