package io.cselocal.auth;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests for {@link Signer} against requests the real Java SDK sent (captures of section 9 of the SDK wire contract,
 * verbatim).
 */
class CapturedRequestsTests {

	@ParameterizedTest(name = "{0}")
	@MethodSource("captures")
	void verifyAcceptsWhatTheSdkSent(String capture) {
		SignedRequest request = parse(capture);
		String header = Objects.requireNonNull(request.header("Authorization"));
		AuthorizationHeader authorization = AuthorizationHeader.parse(header);
		assertThat(authorization.accessKey()).isEqualTo(SignerTests.AK);
		assertThat(Signer.verify(request, authorization, SignerTests.SK)).isTrue();
		assertThat(Signer.verify(request, authorization, SignerTests.SK + "x")).isFalse();
	}

	static Stream<Named<String>> captures() {
		return Stream.of(
				Named.of("#1 upgradeEngine", """
					PUT /v2/0123456789abcdef0123456789abcdef/enginemgr/engines/891bf21a-4024-4f47-b38c-bd259ca8f10a/upgrade HTTP/1.1
					Authorization: SDK-HMAC-SHA256 Access=AKEXAMPLE0000000000, SignedHeaders=host;user-agent;x-enterprise-project-id;x-project-id;x-sdk-date, Signature=9c4e01e399518633bb85d183f944366bb508484ec4ec542da344ed19c865fb22
					X-Enterprise-Project-ID: 0
					User-Agent: huaweicloud-usdk-java/3.0
					Host: 127.0.0.1:18080
					X-Project-Id: 0123456789abcdef0123456789abcdef
					X-Sdk-Date: 20261204T191835Z
					Content-Type: application/json
					Transfer-Encoding: chunked
					Connection: Keep-Alive
					Accept-Encoding: gzip

					13
					{"version":"2.4.0"}
					0
					"""),
				Named.of("#2 showEngineJob", """
					GET /v2/0123456789abcdef0123456789abcdef/enginemgr/engines/891bf21a-4024-4f47-b38c-bd259ca8f10a/jobs/12345 HTTP/1.1
					Authorization: SDK-HMAC-SHA256 Access=AKEXAMPLE0000000000, SignedHeaders=host;user-agent;x-enterprise-project-id;x-project-id;x-sdk-date, Signature=92e654ee74ba5c02730d5e531f7336ad4ecf6a329df365e2b6dbe765749d1169
					X-Enterprise-Project-ID: 0
					User-Agent: huaweicloud-usdk-java/3.0
					Host: 127.0.0.1:18080
					X-Project-Id: 0123456789abcdef0123456789abcdef
					X-Sdk-Date: 20261204T191835Z
					Content-Type: application/json
					Connection: Keep-Alive
					Accept-Encoding: gzip
					"""),
				Named.of("#3 listEngines", """
					GET /v2/0123456789abcdef0123456789abcdef/enginemgr/engines?limit=20&offset=0&type=CSE HTTP/1.1
					Authorization: SDK-HMAC-SHA256 Access=AKEXAMPLE0000000000, SignedHeaders=host;user-agent;x-project-id;x-sdk-date, Signature=fc839b66266d92388fb97ed2825052f9a01c99791dac717f5fd402fcbd986ea4
					User-Agent: huaweicloud-usdk-java/3.0
					Host: 127.0.0.1:18080
					X-Project-Id: 0123456789abcdef0123456789abcdef
					X-Sdk-Date: 20261204T191835Z
					Content-Type: application/json
					Connection: Keep-Alive
					Accept-Encoding: gzip
					"""),
				Named.of("#4 listEngines", """
					GET /v2/0123456789abcdef0123456789abcdef/enginemgr/engines HTTP/1.1
					Authorization: SDK-HMAC-SHA256 Access=AKEXAMPLE0000000000, SignedHeaders=host;user-agent;x-project-id;x-sdk-date, Signature=a742935f6f4efeb7cc08353466b450b4fff4bc07209bc3fa9acb66451350d7dd
					User-Agent: huaweicloud-usdk-java/3.0
					Host: 127.0.0.1:18080
					X-Project-Id: 0123456789abcdef0123456789abcdef
					X-Sdk-Date: 20261204T191835Z
					Content-Type: application/json
					Connection: Keep-Alive
					Accept-Encoding: gzip
					"""),
				Named.of("#5 createEngine", """
					POST /v2/0123456789abcdef0123456789abcdef/enginemgr/engines HTTP/1.1
					Authorization: SDK-HMAC-SHA256 Access=AKEXAMPLE0000000000, SignedHeaders=host;user-agent;x-enterprise-project-id;x-project-id;x-sdk-date, Signature=5dfd5df733a8539b8add660f9f6bdbd81175776bf26f21bd699b3b113e01e0c3
					X-Enterprise-Project-ID: 0
					User-Agent: huaweicloud-usdk-java/3.0
					Host: 127.0.0.1:18080
					X-Project-Id: 0123456789abcdef0123456789abcdef
					X-Sdk-Date: 20261204T191835Z
					Content-Type: application/json
					Transfer-Encoding: chunked
					Connection: Keep-Alive
					Accept-Encoding: gzip

					19c
					{"name":"cse-new","description":"created by probe","payment":"1","flavor":"cse.s1.small2","azList":["cn-north-4a","cn-north-4b"],"authType":"RBAC","vpc":"vpc-demo","vpcId":"vpc-0001","networkId":"net-0001","subnetCidr":"192.168.0.0/24","auth_cred":{"pwd":"Secret#123"},"specType":"CSE2","inputs":{"nodeFlavor":"s6.large.2"},"periodType":2,"enterpriseProject":{"id":"0","name":"default"},"isFree":false,"tags":[]}
					0
					"""),
				Named.of("#6 listFlavors", """
					GET /v2/0123456789abcdef0123456789abcdef/enginemgr/flavors?spec_type=CSE2 HTTP/1.1
					Authorization: SDK-HMAC-SHA256 Access=AKEXAMPLE0000000000, SignedHeaders=host;user-agent;x-project-id;x-sdk-date, Signature=c5ed800ad239a1340e14356381e0888bbef19102102f916799cc73c62b936273
					User-Agent: huaweicloud-usdk-java/3.0
					Host: 127.0.0.1:18080
					X-Project-Id: 0123456789abcdef0123456789abcdef
					X-Sdk-Date: 20261204T191835Z
					Content-Type: application/json
					Connection: Keep-Alive
					Accept-Encoding: gzip
					"""),
				Named.of("#7 showEngine", """
					GET /v2/0123456789abcdef0123456789abcdef/enginemgr/engines/891bf21a-4024-4f47-b38c-bd259ca8f10a HTTP/1.1
					Authorization: SDK-HMAC-SHA256 Access=AKEXAMPLE0000000000, SignedHeaders=host;user-agent;x-enterprise-project-id;x-project-id;x-sdk-date, Signature=bbc4eb3ca54b0dfdecd3d38af1bb3e197ba6bcc20a613f9b8a6593d30a54a36a
					X-Enterprise-Project-ID: 0
					User-Agent: huaweicloud-usdk-java/3.0
					Host: 127.0.0.1:18080
					X-Project-Id: 0123456789abcdef0123456789abcdef
					X-Sdk-Date: 20261204T191835Z
					Content-Type: application/json
					Connection: Keep-Alive
					Accept-Encoding: gzip
					"""),
				Named.of("#8 showEngineQuotas", """
					GET /v2/0123456789abcdef0123456789abcdef/enginemgr/quotas HTTP/1.1
					Authorization: SDK-HMAC-SHA256 Access=AKEXAMPLE0000000000, SignedHeaders=host;user-agent;x-project-id;x-sdk-date, Signature=606b18f85ab4e4ccd326f091048635575ee7b00c68fe76cc1d5a8b5d321c1023
					User-Agent: huaweicloud-usdk-java/3.0
					Host: 127.0.0.1:18080
					X-Project-Id: 0123456789abcdef0123456789abcdef
					X-Sdk-Date: 20261204T191835Z
					Content-Type: application/json
					Connection: Keep-Alive
					Accept-Encoding: gzip
					"""),
				Named.of("#9 upgradeEngineConfig", """
					PUT /v2/0123456789abcdef0123456789abcdef/enginemgr/engines/891bf21a-4024-4f47-b38c-bd259ca8f10a/config HTTP/1.1
					Authorization: SDK-HMAC-SHA256 Access=AKEXAMPLE0000000000, SignedHeaders=host;user-agent;x-enterprise-project-id;x-project-id;x-sdk-date, Signature=699c5842c5fd637468f33fc7b56528909dcc4bac98eddfad7db5d506cf4564a3
					X-Enterprise-Project-ID: 0
					User-Agent: huaweicloud-usdk-java/3.0
					Host: 127.0.0.1:18080
					X-Project-Id: 0123456789abcdef0123456789abcdef
					X-Sdk-Date: 20261204T191835Z
					Content-Type: application/json
					Transfer-Encoding: chunked
					Connection: Keep-Alive
					Accept-Encoding: gzip

					13
					{"authType":"RBAC"}
					0
					"""),
				Named.of("#10 resizeEngine", """
					PUT /v2/0123456789abcdef0123456789abcdef/enginemgr/engines/891bf21a-4024-4f47-b38c-bd259ca8f10a/resize HTTP/1.1
					Authorization: SDK-HMAC-SHA256 Access=AKEXAMPLE0000000000, SignedHeaders=accept;host;user-agent;x-enterprise-project-id;x-project-id;x-sdk-date, Signature=192890f277c724ab78637226c3fde2c357b6397badf73fd9856ed7b8d1e67219
					Accept: application/json
					X-Enterprise-Project-ID: 0
					User-Agent: huaweicloud-usdk-java/3.0
					Host: 127.0.0.1:18080
					X-Project-Id: 0123456789abcdef0123456789abcdef
					X-Sdk-Date: 20261204T191835Z
					Content-Type: application/json
					Transfer-Encoding: chunked
					Connection: Keep-Alive
					Accept-Encoding: gzip

					41
					{"flavor":"cse.s1.medium2","inputs":{"nodeFlavor":"s6.xlarge.2"}}
					0
					"""),
				Named.of("#11 retryEngine", """
					PUT /v2/0123456789abcdef0123456789abcdef/enginemgr/engines/891bf21a-4024-4f47-b38c-bd259ca8f10a/actions HTTP/1.1
					Authorization: SDK-HMAC-SHA256 Access=AKEXAMPLE0000000000, SignedHeaders=host;user-agent;x-enterprise-project-id;x-project-id;x-sdk-date, Signature=da544cacc14c1b48803d4e990280db79a1b605684098349c28b74601f0116a68
					X-Enterprise-Project-ID: 0
					User-Agent: huaweicloud-usdk-java/3.0
					Host: 127.0.0.1:18080
					X-Project-Id: 0123456789abcdef0123456789abcdef
					X-Sdk-Date: 20261204T191835Z
					Content-Type: application/json
					Transfer-Encoding: chunked
					Connection: Keep-Alive
					Accept-Encoding: gzip

					12
					{"action":"Retry"}
					0
					"""),
				Named.of("#12 deleteEngine", """
					DELETE /v2/0123456789abcdef0123456789abcdef/enginemgr/engines/891bf21a-4024-4f47-b38c-bd259ca8f10a HTTP/1.1
					Authorization: SDK-HMAC-SHA256 Access=AKEXAMPLE0000000000, SignedHeaders=host;user-agent;x-enterprise-project-id;x-project-id;x-sdk-date, Signature=33f5ba9e2bd00b7b68fdc64049cc107ef99ad11e0aa3c45c54212870a4ec5945
					X-Enterprise-Project-ID: 0
					User-Agent: huaweicloud-usdk-java/3.0
					Host: 127.0.0.1:18080
					X-Project-Id: 0123456789abcdef0123456789abcdef
					X-Sdk-Date: 20261204T191835Z
					Content-Type: application/json
					Connection: Keep-Alive
					Accept-Encoding: gzip
					"""),
				Named.of("#13 listEngines", """
					GET /v2/0123456789abcdef0123456789abcdef/enginemgr/engines?limit=10&offset=5&type=CSE%20Share%2Bx*%7E%2F%C3%A9%26%3D HTTP/1.1
					Authorization: SDK-HMAC-SHA256 Access=AKEXAMPLE0000000000, SignedHeaders=host;user-agent;x-project-id;x-sdk-date, Signature=20c67e9184bee7e26ae789250ce26016ba275f5e511a28315be460388dbc7815
					User-Agent: huaweicloud-usdk-java/3.0
					Host: 127.0.0.1:18080
					X-Project-Id: 0123456789abcdef0123456789abcdef
					X-Sdk-Date: 20261204T191835Z
					Content-Type: application/json
					Connection: Keep-Alive
					Accept-Encoding: gzip
					"""),
				Named.of("#14 showEngine", """
					GET /v2/0123456789abcdef0123456789abcdef/enginemgr/engines/id%20with%20space+plus HTTP/1.1
					Authorization: SDK-HMAC-SHA256 Access=AKEXAMPLE0000000000, SignedHeaders=host;user-agent;x-project-id;x-sdk-date, Signature=7a25c79ad5e141c4b946c309012b155f6f8e6d4fc530841307af5adc072c9600
					User-Agent: huaweicloud-usdk-java/3.0
					Host: 127.0.0.1:18080
					X-Project-Id: 0123456789abcdef0123456789abcdef
					X-Sdk-Date: 20261204T191835Z
					Content-Type: application/json
					Connection: Keep-Alive
					Accept-Encoding: gzip
					"""),
				Named.of("#15 HTTP", """
					GET /v2/0123456789abcdef0123456789abcdef/enginemgr/engines/err-400 HTTP/1.1
					Authorization: SDK-HMAC-SHA256 Access=AKEXAMPLE0000000000, SignedHeaders=host;user-agent;x-project-id;x-sdk-date, Signature=ccf8b65d8a2cc4b28069e95b930e8ef460d9ad3719cd555bb63cf71499c0797b
					User-Agent: huaweicloud-usdk-java/3.0
					Host: 127.0.0.1:18080
					X-Project-Id: 0123456789abcdef0123456789abcdef
					X-Sdk-Date: 20261204T191835Z
					Content-Type: application/json
					Connection: Keep-Alive
					Accept-Encoding: gzip
					"""),
				Named.of("#25 resizeEngine", """
					PUT /v2/0123456789abcdef0123456789abcdef/enginemgr/engines/891bf21a-4024-4f47-b38c-bd259ca8f10a/resize HTTP/1.1
					Authorization: SDK-HMAC-SHA256 Access=AKEXAMPLE0000000000, SignedHeaders=accept;host;user-agent;x-project-id;x-sdk-date, Signature=866edaaf8957d709020e8f8e8df929f4dc760f412714d7aaba7ade4a70055ed1
					Accept: application/json
					User-Agent: huaweicloud-usdk-java/3.0
					Host: 127.0.0.1:18080
					X-Project-Id: 0123456789abcdef0123456789abcdef
					X-Sdk-Date: 20261204T191836Z
					Content-Type: application/json
					Content-Length: 0
					Connection: Keep-Alive
					Accept-Encoding: gzip
					"""),
				Named.of("#26 temporary", """
					GET /v2/0123456789abcdef0123456789abcdef/enginemgr/quotas HTTP/1.1
					Authorization: SDK-HMAC-SHA256 Access=AKEXAMPLE0000000000, SignedHeaders=host;user-agent;x-project-id;x-sdk-date;x-security-token, Signature=cfa0b3790343524045ca5b84123a7b3b71f564730dd8afab49da6fa5627f1bfb
					X-Security-Token: TEMPTOKEN123
					User-Agent: huaweicloud-usdk-java/3.0
					Host: 127.0.0.1:18080
					X-Project-Id: 0123456789abcdef0123456789abcdef
					X-Sdk-Date: 20261204T191836Z
					Content-Type: application/json
					Connection: Keep-Alive
					Accept-Encoding: gzip
					"""),
				Named.of("#27 withRegion(custom", """
					GET /v2/0123456789abcdef0123456789abcdef/enginemgr/quotas HTTP/1.1
					Authorization: SDK-HMAC-SHA256 Access=AKEXAMPLE0000000000, SignedHeaders=host;user-agent;x-project-id;x-sdk-date, Signature=5601984588c3d8074af296d6466a51fe3dabf7f5044898991d1cf8be41dfc537
					User-Agent: huaweicloud-usdk-java/3.0
					Host: 127.0.0.1:18080
					X-Project-Id: 0123456789abcdef0123456789abcdef
					X-Sdk-Date: 20261204T191836Z
					Content-Type: application/json
					Connection: Keep-Alive
					Accept-Encoding: gzip
					"""),
				Named.of("#28 IAM", """
					GET /v3/projects?name=cn-north-4 HTTP/1.1
					User-Agent: huaweicloud-usdk-java/3.0
					Authorization: SDK-HMAC-SHA256 Access=AKEXAMPLE0000000000, SignedHeaders=host;user-agent;x-sdk-date, Signature=c892847636b10340d9a22807b91c232ec149266238c1d807390d9d9eb8c35e65
					Host: 127.0.0.1:18080
					X-Sdk-Date: 20261204T191836Z
					Content-Type: application/json
					Connection: Keep-Alive
					Accept-Encoding: gzip
					"""),
				Named.of("#29 follow-up", """
					GET /v2/pid-from-iam/enginemgr/quotas HTTP/1.1
					Authorization: SDK-HMAC-SHA256 Access=AKEXAMPLE0000000000, SignedHeaders=host;user-agent;x-project-id;x-sdk-date, Signature=b10287cb161f47b16f08ad3ee43316bea83beceec4d018dae9300c77e12ea5cb
					User-Agent: huaweicloud-usdk-java/3.0
					Host: 127.0.0.1:18080
					X-Project-Id: pid-from-iam
					X-Sdk-Date: 20261204T191836Z
					Content-Type: application/json
					Connection: Keep-Alive
					Accept-Encoding: gzip
					"""),
				Named.of("#30 withEndpoints", """
					GET /v2/%7Bproject_id%7D/enginemgr/quotas HTTP/1.1
					User-Agent: huaweicloud-usdk-java/3.0
					Authorization: SDK-HMAC-SHA256 Access=AKEXAMPLE0000000000, SignedHeaders=host;user-agent;x-sdk-date, Signature=e2099ccbcb5381c5c670e4bf1bc47b354bf2217d383ea46d8a07fde7d02299dc
					Host: 127.0.0.1:18080
					X-Sdk-Date: 20261204T191836Z
					Content-Type: application/json
					Connection: Keep-Alive
					Accept-Encoding: gzip
					"""));
	}

	/** Reads a captured HTTP/1.1 request: request line, headers, then a body that may be chunked. */
	private static SignedRequest parse(String capture) {
		String[] headAndBody = capture.split("\n\n", 2);
		String[] lines = headAndBody[0].split("\n");
		String[] requestLine = lines[0].split(" ");
		String[] pathAndQuery = requestLine[1].split("\\?", 2);
		Map<String, String> headers = new LinkedHashMap<>();
		for (int i = 1; i < lines.length; i++) {
			String[] nameAndValue = lines[i].split(":", 2);
			headers.put(nameAndValue[0], nameAndValue[1].strip());
		}
		byte[] body = (headAndBody.length > 1) ? dechunk(headAndBody[1]) : new byte[0];
		return SignedRequest.of(requestLine[0], pathAndQuery[0], (pathAndQuery.length > 1) ? pathAndQuery[1] : null,
				headers, body);
	}

	private static byte[] dechunk(String chunked) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		byte[] bytes = chunked.getBytes(StandardCharsets.UTF_8);
		int at = 0;
		int size;
		while ((size = Integer.parseInt(line(bytes, at), 16)) > 0) {
			at += line(bytes, at).length() + 1;
			body.write(bytes, at, size);
			at += size + 1;
		}
		return body.toByteArray();
	}

	private static String line(byte[] bytes, int from) {
		int end = from;
		while (bytes[end] != '\n') {
			end++;
		}
		return new String(bytes, from, end - from, StandardCharsets.US_ASCII);
	}

}
