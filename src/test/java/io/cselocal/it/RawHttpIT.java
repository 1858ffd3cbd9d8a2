package io.cselocal.it;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import io.cselocal.CseLocalServerTest;
import io.cselocal.seed.StartupState;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static io.cselocal.ApiTestSupport.DEMO;
import static io.cselocal.ApiTestSupport.ENGINE;
import static org.assertj.core.api.Assertions.assertThat;

/** What the SDK never sends, sent over real HTTP: every answer is still one of the designed JSON bodies. */
@CseLocalServerTest
class RawHttpIT {

	private static final String UPGRADE = "{\"version\":\"2.4.0\"}";

	@LocalServerPort
	private int port;

	@Autowired
	private StartupState state;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@BeforeEach
	void reset() {
		this.state.reset();
	}

	@Test
	void noCredentialsShouldGetTheGateways401() throws Exception {
		HttpResponse<String> answer = send(request(DEMO + "/upgrade").PUT(BodyPublishers.ofString(UPGRADE)).build());

		assertThat(answer.statusCode()).isEqualTo(401);
		assertJson(answer);
		assertThat(answer.body()).isEqualTo("{\"error_msg\":\"Incorrect IAM authentication information: "
				+ "x-auth-token not found\",\"error_code\":\"APIGW.0301\",\"request_id\":\"" + requestId(answer) + "\"}");
	}

	@Test
	void aChunkedBodyShouldBeRead() throws Exception {
		HttpResponse<String> answer = send(authorized(DEMO + "/upgrade")
			.PUT(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(UPGRADE.getBytes(StandardCharsets.UTF_8))))
			.build());

		assertThat(answer.statusCode()).isEqualTo(200);
		assertThat(answer.body()).matches("\\{\"id\":\"" + ENGINE + "\",\"name\":\"test\",\"jobId\":\\d+}");
	}

	@Test
	void aChunkedBodyWrittenByHandShouldBeRead() throws Exception {
		String body = UPGRADE;
		String raw = "PUT " + DEMO + "/upgrade HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Auth-Token: t\r\n"
				+ "Content-Type: application/json\r\nTransfer-Encoding: chunked\r\nConnection: close\r\n\r\n"
				+ Integer.toHexString(5) + "\r\n" + body.substring(0, 5) + "\r\n"
				+ Integer.toHexString(body.length() - 5) + "\r\n" + body.substring(5) + "\r\n0\r\n\r\n";

		String answer = exchangeRaw(raw.getBytes(StandardCharsets.UTF_8));

		assertThat(answer).startsWith("HTTP/1.1 200").contains("\"jobId\":");
	}

	@Test
	void aJsonBodySentAsPlainTextShouldBeRead() throws Exception {
		HttpResponse<String> answer = send(authorized(DEMO + "/upgrade").header("Content-Type", "text/plain")
			.PUT(BodyPublishers.ofString(UPGRADE))
			.build());

		assertThat(answer.statusCode()).isEqualTo(200);
	}

	@Test
	void aJsonBodySentAsCurlsDefaultFormTypeShouldBeRead() throws Exception {
		HttpResponse<String> answer = send(authorized(DEMO + "/upgrade")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.PUT(BodyPublishers.ofString(UPGRADE))
			.build());

		assertThat(answer.statusCode()).isEqualTo(200);
	}

	@Test
	void aMalformedBodyShouldBeA400ThatSaysWhere() throws Exception {
		HttpResponse<String> answer = send(
				authorized(DEMO + "/upgrade").PUT(BodyPublishers.ofString("{\"version\": 2.4.0}")).build());

		assertThat(answer.statusCode()).isEqualTo(400);
		assertJson(answer);
		assertThat(answer.body()).isEqualTo("{\"error_code\":\"SVCSTG.00500400\",\"error_msg\":\"The request body is not "
				+ "valid JSON: Unexpected character ('.' (code 46)): was expecting comma to separate Object entries "
				+ "(line 1, column 16).\"}");
	}

	@Test
	void aBodyDeclaredOver12MegabytesShouldBeRefusedWith413() throws Exception {
		String raw = "PUT " + DEMO + "/upgrade HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Auth-Token: t\r\n"
				+ "Content-Type: application/json\r\nContent-Length: " + (12 * 1024 * 1024 + 1)
				+ "\r\nConnection: close\r\n\r\n{";

		String answer = exchangeRaw(raw.getBytes(StandardCharsets.UTF_8));

		assertThat(answer).startsWith("HTTP/1.1 413")
			.contains("Content-Type: application/json")
			.contains("\"error_msg\":\"Request entity too large.\",\"error_code\":\"APIGW.0201\"");
	}

	@Test
	void aChunkedBodyOver12MegabytesShouldBeRefusedWith413() throws Exception {
		byte[] huge = new byte[12 * 1024 * 1024 + 1];
		Arrays.fill(huge, (byte) ' ');
		HttpResponse<String> answer = send(authorized(DEMO + "/upgrade")
			.PUT(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(huge)))
			.build());

		assertThat(answer.statusCode()).isEqualTo(413);
		assertJson(answer);
		assertThat(answer.body()).contains("\"error_code\":\"APIGW.0201\"");
	}

	@Test
	void aBodyOfExactly12MegabytesShouldBeRead() throws Exception {
		byte[] body = new byte[12 * 1024 * 1024];
		Arrays.fill(body, (byte) ' ');
		byte[] json = UPGRADE.getBytes(StandardCharsets.UTF_8);
		System.arraycopy(json, 0, body, 0, json.length);

		HttpResponse<String> answer = send(authorized(DEMO + "/upgrade").PUT(BodyPublishers.ofByteArray(body)).build());

		assertThat(answer.statusCode()).isEqualTo(200);
	}

	@Test
	void aProjectIdOf65CharactersShouldBeNamedInTheError() throws Exception {
		String project = "a".repeat(65);
		HttpResponse<String> answer = send(authorized("/v2/" + project + "/enginemgr/engines/" + ENGINE + "/upgrade")
			.PUT(BodyPublishers.ofString(UPGRADE))
			.build());

		assertThat(answer.statusCode()).isEqualTo(400);
		assertJson(answer);
		assertThat(answer.body()).isEqualTo("{\"error_code\":\"SVCSTG.00500400\",\"error_msg\":\"Invalid project_id '"
				+ project + "': it must be 1 to 64 letters, digits, hyphens or underscores.\"}");
	}

	@Test
	void aPathWithBrokenPercentEncodingShouldGetAJsonError() throws Exception {
		String answer = exchangeRaw(("GET /v2/%zz/enginemgr/engines HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Auth-Token: t\r\n"
				+ "Connection: close\r\n\r\n").getBytes(StandardCharsets.UTF_8));

		assertThat(answer).startsWith("HTTP/1.1 400")
			.contains("Content-Type: application/json")
			.containsPattern("X-Request-Id: [0-9a-f]{32}")
			.endsWith("{\"error_code\":\"SVCSTG.00500400\",\"error_msg\":\"The request could not be parsed: its "
					+ "request line, a header or the URL encoding is malformed.\"}");
	}

	@Test
	void aRequestLineThatIsNotHttpShouldGetAJsonError() throws Exception {
		String answer = exchangeRaw("GARBAGE\r\n\r\n".getBytes(StandardCharsets.UTF_8));

		assertThat(answer).startsWith("HTTP/1.1 400").contains("Content-Type: application/json").contains("SVCSTG.00500400");
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + path));
	}

	private HttpRequest.Builder authorized(String path) {
		return request(path).header("X-Auth-Token", "any-token");
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return this.http.send(request, HttpResponse.BodyHandlers.ofString());
	}

	private String exchangeRaw(byte[] request) throws IOException {
		try (Socket socket = new Socket("127.0.0.1", this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(request);
			out.flush();
			return readResponse(socket.getInputStream());
		}
	}

	/** One HTTP response, read up to the end of its body as its framing says (chunked or Content-Length). */
	private static String readResponse(InputStream in) throws IOException {
		StringBuilder response = new StringBuilder();
		byte[] buffer = new byte[8192];
		int read;
		while (!isComplete(response.toString()) && (read = in.read(buffer)) > 0) {
			response.append(new String(buffer, 0, read, StandardCharsets.UTF_8));
		}
		return response.toString();
	}

	private static boolean isComplete(String response) {
		int headersEnd = response.indexOf("\r\n\r\n");
		if (headersEnd < 0) {
			return false;
		}
		String headers = response.substring(0, headersEnd).toLowerCase(java.util.Locale.ROOT);
		java.util.regex.Matcher length = java.util.regex.Pattern.compile("content-length: (\\d+)").matcher(headers);
		if (length.find()) {
			return response.length() - headersEnd - 4 >= Integer.parseInt(length.group(1));
		}
		return headers.contains("transfer-encoding: chunked") && response.endsWith("\r\n0\r\n\r\n");
	}

	private static void assertJson(HttpResponse<String> answer) {
		assertThat(answer.headers().firstValue("Content-Type")).hasValue("application/json");
		assertThat(requestId(answer)).matches("[0-9a-f]{32}");
	}

	private static String requestId(HttpResponse<String> answer) {
		return answer.headers().firstValue("X-Request-Id").orElse("");
	}

}
