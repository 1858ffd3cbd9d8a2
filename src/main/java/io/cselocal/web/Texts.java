package io.cselocal.web;

/** Helpers for putting client input into error messages safely. */
public final class Texts {

	private static final int MAX_ECHO = 80;

	private Texts() {
	}

	/** The value in single quotes, cut to a readable length and without control characters. */
	public static String quote(String value) {
		String clean = value.codePoints()
			.map((c) -> Character.isISOControl(c) ? '?' : c)
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
		return "'" + (clean.length() > MAX_ECHO ? clean.substring(0, MAX_ECHO) + "..." : clean) + "'";
	}

}
