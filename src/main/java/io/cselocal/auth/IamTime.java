package io.cselocal.auth;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/** Times as Huawei Cloud IAM writes them, e.g. {@code 2024-01-01T12:00:00.000000Z} (UTC, microseconds). */
public final class IamTime {

	private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSS'Z'")
		.withZone(ZoneOffset.UTC);

	private IamTime() {
	}

	public static String format(long epochMillis) {
		return FORMAT.format(Instant.ofEpochMilli(epochMillis));
	}

}
