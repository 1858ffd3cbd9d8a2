package io.cselocal.journal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Pattern;

import io.cselocal.clock.EmulatorClock;
import io.cselocal.error.ApiExceptionHandler;
import io.cselocal.error.RequestIdFilter;
import io.cselocal.web.ApiPaths;
import io.cselocal.web.ApiRequest;
import io.cselocal.web.CseOperations;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriUtils;

/**
 * Journals every request to the emulated API ({@code /v2}, {@code /v3}). It runs after the request id and the body
 * are known and before authentication, so refused requests are journaled too; the operation comes from the
 * handler Spring MVC chose, or from the mapping that matches a request refused before it got there.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 15)
class JournalFilter extends OncePerRequestFilter {

	private static final Logger log = LoggerFactory.getLogger(JournalFilter.class);

	private static final int MAX_ID_CHARS = 128;

	private static final Pattern ACCESS_KEY = Pattern.compile("Access=([A-Za-z0-9]{1,64})\\s*(,|$)");

	private final Journal journal;

	private final CseOperations operations;

	private final EmulatorClock clock;

	private final Redaction redaction;

	JournalFilter(Journal journal, CseOperations operations, EmulatorClock clock, JsonMapper json) {
		this.journal = journal;
		this.operations = operations;
		this.clock = clock;
		this.redaction = new Redaction(json);
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !ApiPaths.isApi(request) || this.journal.capacity() == 0;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		long time = this.clock.now();
		long started = System.nanoTime();
		boolean failed = true;
		try {
			chain.doFilter(request, response);
			failed = false;
		}
		finally {
			long millis = (System.nanoTime() - started) / 1_000_000;
			int status = failed ? HttpServletResponse.SC_INTERNAL_SERVER_ERROR : response.getStatus();
			record(request, time, millis, status);
		}
	}

	/** Journals the request; a request the journal cannot describe is logged, never failed. */
	private void record(HttpServletRequest request, long time, long millis, int status) {
		try {
			String errorCode = (status >= 400) ? ApiExceptionHandler.errorCodeOf(request) : null;
			this.journal.add(entry(request, time, millis, status, (errorCode != null) ? cut(errorCode, MAX_ID_CHARS) : null));
		}
		catch (RuntimeException unexpected) {
			log.warn("Could not journal request {}", RequestIdFilter.of(request), unexpected);
		}
	}

	private JournalEntry entry(HttpServletRequest request, long time, long millis, int status,
			@Nullable String errorCode) {
		String path = request.getRequestURI();
		String[] segments = path.split("/", -1);
		ApiRequest api = ApiRequest.unwrap(request);
		byte[] body = (api != null) ? api.body() : new byte[0];
		String text = (body.length > 0) ? this.redaction.body(body) : null;
		boolean truncated = text != null && text.length() > Journal.MAX_BODY_CHARS;
		return new JournalEntry(0, RequestIdFilter.of(request), time, Instant.ofEpochMilli(time).toString(),
				request.getMethod(), cut(path, Journal.MAX_TEXT_CHARS),
				cut(Redaction.query(request.getQueryString()), Journal.MAX_TEXT_CHARS), operation(request),
				segment(segments, 2, "v2", 1), engineId(segments), status, errorCode, millis, credentials(request),
				truncated ? text.substring(0, Journal.MAX_BODY_CHARS) : text, body.length, truncated);
	}

	private @Nullable String operation(HttpServletRequest request) {
		try {
			return this.operations.operationOf(request);
		}
		catch (RuntimeException unmatched) {
			return null;
		}
	}

	/** {@code /v2/{project_id}/enginemgr/engines/{engine_id}/...}: the engine id, decoded, if the path has one. */
	private static @Nullable String engineId(String[] segments) {
		if (segments.length > 5 && "enginemgr".equals(segments[3]) && "engines".equals(segments[4])) {
			return segment(segments, 5, "v2", 1);
		}
		return null;
	}

	private static @Nullable String segment(String[] segments, int index, String api, int apiIndex) {
		if (segments.length <= index || !api.equals(segments[apiIndex]) || segments[index].isEmpty()) {
			return null;
		}
		try {
			return cut(UriUtils.decode(segments[index], StandardCharsets.UTF_8), MAX_ID_CHARS);
		}
		catch (IllegalArgumentException malformed) {
			return cut(segments[index], MAX_ID_CHARS);
		}
	}

	/** Which kind of credentials the request carried, never the credentials themselves. */
	static String credentials(HttpServletRequest request) {
		String token = request.getHeader("X-Auth-Token");
		if (token != null && !token.isBlank()) {
			return "token";
		}
		String authorization = request.getHeader("Authorization");
		if (authorization == null || authorization.isBlank()) {
			return "none";
		}
		if (!authorization.startsWith("SDK-HMAC-SHA256")) {
			return "other";
		}
		java.util.regex.Matcher accessKey = ACCESS_KEY.matcher(authorization);
		return accessKey.find() ? "aksk:" + accessKey.group(1) : "aksk";
	}

	private static @Nullable String cut(@Nullable String text, int max) {
		return (text == null || text.length() <= max) ? text : text.substring(0, max);
	}

}
