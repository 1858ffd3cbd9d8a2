package io.cselocal.engine;

import java.util.Arrays;
import java.util.regex.Pattern;

/** An engine version such as {@code 2.4.0}, compared part by part as numbers, so that 2.10.0 is newer than 2.9.0. */
public record Version(String text, int[] parts) implements Comparable<Version> {

	/** One to four dot-separated numbers. */
	public static final Pattern FORMAT = Pattern.compile("\\d{1,6}(\\.\\d{1,6}){0,3}");

	public static boolean isValid(String text) {
		return FORMAT.matcher(text).matches();
	}

	public static Version parse(String text) {
		if (!isValid(text)) {
			throw new IllegalArgumentException("Not a version: " + text);
		}
		return new Version(text, Arrays.stream(text.split("\\.")).mapToInt(Integer::parseInt).toArray());
	}

	public boolean isNewerThan(Version other) {
		return compareTo(other) > 0;
	}

	@Override
	public int compareTo(Version other) {
		int length = Math.max(this.parts.length, other.parts.length);
		for (int index = 0; index < length; index++) {
			int difference = Integer.compare(part(index), other.part(index));
			if (difference != 0) {
				return difference;
			}
		}
		return 0;
	}

	private int part(int index) {
		return (index < this.parts.length) ? this.parts[index] : 0;
	}

	@Override
	public boolean equals(Object other) {
		return other instanceof Version version && this.text.equals(version.text);
	}

	@Override
	public int hashCode() {
		return this.text.hashCode();
	}

	@Override
	public String toString() {
		return this.text;
	}

}
