package io.cselocal.journal;

import org.jspecify.annotations.Nullable;

/**
 * One request to the emulated API as the journal keeps it. {@code time} is the emulator's clock when the request
 * came in; {@code credentials} says only which kind was used ({@code token}, {@code aksk:<AK>} or {@code none});
 * {@code body} is the request body with secret-looking fields masked, cut to {@value Journal#MAX_BODY_CHARS}
 * characters ({@code bodyTruncated}), {@code bodyBytes} its full size.
 */
public record JournalEntry(long id, String requestId, long time, String timeIso, String method, String path,
		@Nullable String query, @Nullable String operation, @Nullable String projectId, @Nullable String engineId,
		int status, @Nullable String errorCode, long durationMs, String credentials, @Nullable String body,
		long bodyBytes, boolean bodyTruncated) {
}
