package io.cselocal.engine;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * How an engine's {@code reference.serviceLimit} and {@code instanceLimit} are written. The Java SDK types them as
 * integers and fails on a string; the API Explorer documents strings and the Terraform provider reads them as
 * strings (a number crashes it). So a request from Terraform gets strings, every other one integers.
 */
public enum LimitFormat {

	NUMBERS, TEXT;

	/** The format for a client that identifies itself with this {@code User-Agent}. */
	public static LimitFormat forUserAgent(@Nullable String userAgent) {
		return (userAgent != null && userAgent.toLowerCase(Locale.ROOT).contains("terraform")) ? TEXT : NUMBERS;
	}

	Object write(int limit) {
		return (this == TEXT) ? String.valueOf(limit) : limit;
	}

}
