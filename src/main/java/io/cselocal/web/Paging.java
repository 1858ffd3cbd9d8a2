package io.cselocal.web;

import io.cselocal.error.CseException;
import org.jspecify.annotations.Nullable;

/** The {@code offset} and {@code limit} of a list operation: offset counts items, limit is the page size. */
public record Paging(int offset, int limit) {

	public static final int DEFAULT_LIMIT = 100;

	public static final int MAX_LIMIT = 100;

	private static final int MAX_OFFSET = 1_000_000;

	/** Reads the query parameters as sent (the SDK sends {@code limit} as a string), with precise errors. */
	public static Paging of(@Nullable String offset, @Nullable String limit) {
		return new Paging(number("offset", offset, 0, 0, MAX_OFFSET),
				number("limit", limit, DEFAULT_LIMIT, 1, MAX_LIMIT));
	}

	private static int number(String name, @Nullable String text, int absent, int min, int max) {
		if (text == null || text.isEmpty()) {
			return absent;
		}
		if (text.length() > 9 || !text.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			throw CseException.badRequest("Parameter '" + name + "' " + Texts.quote(text) + " must be an integer from "
					+ min + " to " + max + ".");
		}
		int value = Integer.parseInt(text);
		if (value < min || value > max) {
			throw CseException.badRequest("Parameter '" + name + "' must be an integer from " + min + " to " + max
					+ ", got " + value + ".");
		}
		return value;
	}

}
