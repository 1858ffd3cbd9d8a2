package io.cselocal.journal;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import io.cselocal.error.CseException;
import io.cselocal.web.Texts;
import org.jspecify.annotations.Nullable;

/**
 * The filters of {@code GET /_emulator/requests}: {@code operation}, {@code project_id}, {@code engine_id},
 * {@code status} (all must hold) and {@code limit}.
 */
record JournalQuery(@Nullable String operation, @Nullable String projectId, @Nullable String engineId,
		@Nullable Integer status, int limit) implements Predicate<JournalEntry> {

	static final List<String> PARAMETERS = List.of("operation", "project_id", "engine_id", "status", "limit");

	/** The query of these request parameters; a 400 for a parameter it does not know or a malformed value. */
	static JournalQuery of(Map<String, String[]> parameters, int capacity) {
		for (String name : parameters.keySet()) {
			if (!PARAMETERS.contains(name)) {
				throw CseException.badRequest("Parameter " + Texts.quote(name) + " is not a filter of the journal; "
						+ "the filters are " + String.join(", ", PARAMETERS) + ".");
			}
		}
		Integer status = number(parameters, "status", 100, 599);
		Integer limit = number(parameters, "limit", 1, Math.max(1, capacity));
		return new JournalQuery(single(parameters, "operation"), single(parameters, "project_id"),
				single(parameters, "engine_id"), status, (limit != null) ? limit : Math.max(1, capacity));
	}

	@Override
	public boolean test(JournalEntry entry) {
		return (this.operation == null || this.operation.equals(entry.operation()))
				&& (this.projectId == null || this.projectId.equals(entry.projectId()))
				&& (this.engineId == null || this.engineId.equals(entry.engineId()))
				&& (this.status == null || this.status == entry.status());
	}

	private static @Nullable String single(Map<String, String[]> parameters, String name) {
		String[] values = parameters.get(name);
		if (values == null) {
			return null;
		}
		if (values.length != 1 || values[0].isEmpty()) {
			throw CseException.badRequest("Parameter '" + name + "' must be given once, with a value.");
		}
		return values[0];
	}

	private static @Nullable Integer number(Map<String, String[]> parameters, String name, int min, int max) {
		String value = single(parameters, name);
		if (value == null) {
			return null;
		}
		if (!value.matches("[0-9]{1,9}") || Integer.parseInt(value) < min || Integer.parseInt(value) > max) {
			throw CseException.badRequest("Parameter '" + name + "' " + Texts.quote(value) + " must be an integer from "
					+ min + " to " + max + ".");
		}
		return Integer.parseInt(value);
	}

}
