package io.cselocal.it;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

/** A plain HTTP client for cse-local on a port: the control plane and the emulated API, as curl would call them. */
public final class Http {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private final String base;

	public Http(int port) {
		this.base = "http://127.0.0.1:" + port;
	}

	public HttpResponse<String> get(String path, String... headers) {
		return send("GET", path, null, headers);
	}

	public HttpResponse<String> post(String path, @Nullable String body, String... headers) {
		return send("POST", path, body, headers);
	}

	public HttpResponse<String> put(String path, @Nullable String body, String... headers) {
		return send("PUT", path, body, headers);
	}

	public HttpResponse<String> delete(String path, String... headers) {
		return send("DELETE", path, null, headers);
	}

	/** Sends a request; {@code headers} are name, value, name, value... */
	public HttpResponse<String> send(String method, String path, @Nullable String body, String... headers) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(this.base + path))
			.timeout(Duration.ofSeconds(30))
			.method(method, (body != null) ? BodyPublishers.ofString(body) : BodyPublishers.noBody());
		if (body != null) {
			request.header("Content-Type", "application/json");
		}
		for (int index = 0; index < headers.length; index += 2) {
			request.header(headers[index], headers[index + 1]);
		}
		try {
			return this.client.send(request.build(), BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** The control plane's full reset. */
	public void reset() {
		assertThat(post("/_emulator/reset", null).statusCode()).isEqualTo(204);
	}

	/** Puts an engine into a state through the control plane, and answers it as ShowEngine shows it. */
	public JsonNode putEngine(String projectId, String engineId, String body) {
		HttpResponse<String> put = put("/_emulator/projects/" + projectId + "/engines/" + engineId, body);
		assertThat(put.statusCode()).as(put.body()).isEqualTo(200);
		return json(put);
	}

	/** Moves the emulator's clock forward by the given number of seconds. */
	public void advance(long seconds) {
		HttpResponse<String> moved = post("/_emulator/clock/advance", "{\"seconds\":" + seconds + "}");
		assertThat(moved.statusCode()).as(moved.body()).isEqualTo(200);
	}

	public static JsonNode json(HttpResponse<String> response) {
		return JSON.readTree(response.body());
	}

	/** Asserts a CSE error body: status, JSON content type, exactly {@code error_code} and {@code error_msg}. */
	public static void assertError(HttpResponse<String> response, int status, String code, String message) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
		assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
				(type) -> assertThat(type).startsWith("application/json"));
		assertThat(json(response)).isEqualTo(JSON.createObjectNode().put("error_code", code).put("error_msg", message));
	}

}
