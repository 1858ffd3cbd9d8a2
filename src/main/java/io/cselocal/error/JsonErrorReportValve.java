package io.cselocal.error;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;
import org.springframework.http.HttpStatus;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tomcat's last word on requests it refuses before any application code runs (a malformed request line, broken
 * percent-encoding in the URL, oversized headers): the same JSON bodies as every other error, in place of Tomcat's
 * HTML page.
 */
public class JsonErrorReportValve extends ErrorReportValve {

	@Override
	protected void report(Request request, Response response, Throwable throwable) {
		int status = response.getStatus();
		if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
			return;
		}
		CseException error = describe(status);
		String requestId = UUID.randomUUID().toString().replace("-", "");
		try {
			response.setHeader(RequestIdFilter.HEADER, requestId);
			response.setContentType("application/json");
			response.setCharacterEncoding(StandardCharsets.UTF_8.name());
			Writer writer = response.getReporter();
			if (writer != null) {
				writer.write(JsonMapper.shared().writeValueAsString(ErrorBodies.of(error, requestId)));
				response.finishResponse();
			}
		}
		catch (IOException | IllegalStateException ignored) {
			// the client has gone, or the response cannot take a body: nothing more to say
		}
	}

	static CseException describe(int status) {
		if (status == HttpStatus.NOT_FOUND.value() || status == HttpStatus.METHOD_NOT_ALLOWED.value()) {
			return CseException.noSuchApi();
		}
		if (status == HttpStatus.PAYLOAD_TOO_LARGE.value()) {
			return CseException.tooLarge();
		}
		if (status == HttpStatus.URI_TOO_LONG.value() || status == 431 || status == 494) {
			return new CseException(HttpStatus.valueOf(status == 494 ? 431 : status), CseException.TOO_LARGE,
					status == HttpStatus.URI_TOO_LONG.value() ? "Request URI too large." : "Request headers too large.");
		}
		if (status >= 500) {
			return CseException.internal();
		}
		return CseException.badRequest(
				"The request could not be parsed: its request line, a header or the URL encoding is malformed.");
	}

}
