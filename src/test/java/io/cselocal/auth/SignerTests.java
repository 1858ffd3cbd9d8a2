package io.cselocal.auth;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Tests for {@link Signer}, against the worked examples of the SDK wire contract (section 4.3). */
class SignerTests {

	static final String AK = "AKEXAMPLE0000000000";

	static final String SK = "SKEXAMPLE00000000000000000000000000000000";

	static final String PROJECT = "0123456789abcdef0123456789abcdef";

	static final String UPGRADE_PATH = "/v2/" + PROJECT
			+ "/enginemgr/engines/891bf21a-4024-4f47-b38c-bd259ca8f10a/upgrade";

	static final String EXAMPLE_1_SIGNATURE = "7f14adc315edcb76b0d8cb15135f4102426896e89e8872741bb92bd0ded89ac3";

	static final String EXAMPLE_2_SIGNATURE = "acd8a9be20e4f7bfc5dbbf463c9d974002f20d8428cc70cb0487e258d6d34ac3";

	static final String EXAMPLE_3_SIGNATURE = "db4f740f8971eeee3e095a8199ff5806d504c79a767288263bf4bdb18c9f51d3";

	static final List<String> EXAMPLE_1_SIGNED = List.of("host", "user-agent", "x-enterprise-project-id",
			"x-project-id", "x-sdk-date");

	static final List<String> EXAMPLE_2_SIGNED = List.of("host", "user-agent", "x-project-id", "x-sdk-date");

	@Test
	void canonicalRequestOfExample1IsTheSdks() {
		assertThat(Signer.canonicalRequest(example1(), EXAMPLE_1_SIGNED)).isEqualTo("""
				PUT
				/v2/0123456789abcdef0123456789abcdef/enginemgr/engines/891bf21a-4024-4f47-b38c-bd259ca8f10a/upgrade/

				host:127.0.0.1:18080
				user-agent:huaweicloud-usdk-java/3.0
				x-enterprise-project-id:0
				x-project-id:0123456789abcdef0123456789abcdef
				x-sdk-date:20240101T120000Z

				host;user-agent;x-enterprise-project-id;x-project-id;x-sdk-date
				c58af5104a3cd92b041b1f0a47038d7c7d8afc527637a3f76f9e6c9f17edce23""");
	}

	@Test
	void stringToSignAndSignatureOfExample1AreTheSdks() {
		String stringToSign = Signer.stringToSign("20240101T120000Z",
				Signer.canonicalRequest(example1(), EXAMPLE_1_SIGNED));
		assertThat(stringToSign).isEqualTo("""
				SDK-HMAC-SHA256
				20240101T120000Z
				c4edb74494397afde1eafcd3a915cef89c1d7e0723aac3fecf26118c2422f32d""");
		assertThat(Signer.sign(SK, stringToSign)).isEqualTo(EXAMPLE_1_SIGNATURE);
	}

	@Test
	void canonicalRequestOfExample2IsTheSdks() {
		assertThat(Signer.canonicalRequest(example2(), EXAMPLE_2_SIGNED)).isEqualTo("""
				GET
				/v2/0123456789abcdef0123456789abcdef/enginemgr/engines/
				limit=20&offset=0&type=CSE
				host:127.0.0.1:18080
				user-agent:huaweicloud-usdk-java/3.0
				x-project-id:0123456789abcdef0123456789abcdef
				x-sdk-date:20240101T120000Z

				host;user-agent;x-project-id;x-sdk-date
				e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855""");
	}

	@Test
	void stringToSignAndSignatureOfExample2AreTheSdks() {
		String stringToSign = Signer.stringToSign("20240101T120000Z",
				Signer.canonicalRequest(example2(), EXAMPLE_2_SIGNED));
		assertThat(stringToSign.lines()).containsExactly("SDK-HMAC-SHA256", "20240101T120000Z",
				"981748829c46bfa1503ffb06670cc909fa4b0fb3b1428a26f5cebcf87100b2a3");
		assertThat(Signer.sign(SK, stringToSign)).isEqualTo(EXAMPLE_2_SIGNATURE);
	}

	@ParameterizedTest
	@MethodSource("workedExamples")
	void verifyAcceptsTheWorkedExamples(SignedRequest request, String authorization) {
		assertThat(Signer.verify(request, AuthorizationHeader.parse(authorization), SK)).isTrue();
	}

	@ParameterizedTest
	@MethodSource("tamperedExamples")
	void verifyRejectsAnyChangeToTheSignedParts(SignedRequest request, String authorization, String secretKey) {
		assertThat(Signer.verify(request, AuthorizationHeader.parse(authorization), secretKey)).isFalse();
	}

	@Test
	void verifyIgnoresHeadersThatAreNotSigned() {
		UnaryOperator<Map<String, String>> unsigned = withHeader("content-type", "text/plain");
		SignedRequest request = example1(unsigned.andThen(withHeader("accept", "*/*"))::apply);
		assertThat(Signer.verify(request, AuthorizationHeader.parse(authorization(EXAMPLE_1_SIGNED,
				EXAMPLE_1_SIGNATURE)), SK)).isTrue();
	}

	@Test
	void verifyAcceptsTheSignatureInUpperCase() {
		String authorization = authorization(EXAMPLE_1_SIGNED, EXAMPLE_1_SIGNATURE.toUpperCase());
		assertThat(Signer.verify(example1(), AuthorizationHeader.parse(authorization), SK)).isTrue();
	}

	@Test
	void verifyWithoutSdkDateHeaderIsMalformed() {
		SignedRequest request = example1(without("x-sdk-date"));
		AuthorizationHeader authorization = AuthorizationHeader.parse(authorization(EXAMPLE_1_SIGNED,
				EXAMPLE_1_SIGNATURE));
		assertThatExceptionOfType(MalformedSignatureException.class)
			.isThrownBy(() -> Signer.verify(request, authorization, SK))
			.withMessage("The request has no X-Sdk-Date header");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', textBlock = """
			/v2/P/bad%zz  |          | The request path '/v2/P/bad%zz' has malformed percent-encoding '%zz'
			/v2/P/bad%    |          | The request path '/v2/P/bad%' has malformed percent-encoding '%'
			/v2/P/bad%4   |          | The request path '/v2/P/bad%4' has malformed percent-encoding '%4'
			/v2/P/%C3%28  |          | The request path '/v2/P/%C3%28' is not valid UTF-8 once percent-decoded
			/v2/P/x       | a=%G1    | The request query '%G1' has malformed percent-encoding '%G1'
			/v2/P/x       | a=1&b%=2 | The request query 'b%' has malformed percent-encoding '%'
			/v2/P/x       | a=%FF    | The request query '%FF' is not valid UTF-8 once percent-decoded
			""")
	void verifyReportsMalformedPercentEncodingClearly(String path, @Nullable String query, String message) {
		SignedRequest request = request("GET", path, query, sdkHeaders(), "");
		AuthorizationHeader authorization = AuthorizationHeader.parse(authorization(EXAMPLE_2_SIGNED,
				EXAMPLE_2_SIGNATURE));
		assertThatExceptionOfType(MalformedSignatureException.class)
			.isThrownBy(() -> Signer.verify(request, authorization, SK))
			.withMessageStartingWith(message)
			.withMessageNotContaining(SK);
	}

	@Test
	void canonicalQueryStringOfCapture13ReEncodesEveryCharacter() {
		assertThat(Signer.canonicalQueryString("limit=10&offset=5&type=CSE%20Share%2Bx*%7E%2F%C3%A9%26%3D"))
			.isEqualTo("limit=10&offset=5&type=CSE%20Share%2Bx%2A~%2F%C3%A9%26%3D");
	}

	@Test
	void canonicalUriOfCapture14KeepsThePlusAsAPlus() {
		assertThat(Signer.canonicalUri("/v2/" + PROJECT + "/enginemgr/engines/id%20with%20space+plus"))
			.isEqualTo("/v2/" + PROJECT + "/enginemgr/engines/id%20with%20space%2Bplus/");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			/                          | /
			""                         | /
			/v2/P/engines              | /v2/P/engines/
			/v2/P/engines/             | /v2/P/engines/
			/v2/P/engines//            | /v2/P/engines/
			/v2//engines               | /v2//engines/
			//v2/engines               | //v2/engines/
			/p/a%20b                   | /p/a%20b/
			/p/a b                     | /p/a%20b/
			/p/a+b                     | /p/a%2Bb/
			/p/a%2Bb                   | /p/a%2Bb/
			/p/a*b                     | /p/a%2Ab/
			/p/a~b%7Ec%7e              | /p/a~b~c~/
			/p/%c3%a9t%C3%A9           | /p/%C3%A9t%C3%A9/
			/p/%E4%B8%AD               | /p/%E4%B8%AD/
			/p/中é                     | /p/%E4%B8%AD%C3%A9/
			/p/%7Bproject_id%7D        | /p/%7Bproject_id%7D/
			/p/a%2Fb                   | /p/a/b/
			/p/a;b=c,d:e@f!$'()&       | /p/a%3Bb%3Dc%2Cd%3Ae%40f%21%24%27%28%29%26/
			""")
	void canonicalUriDecodesThenReEncodesEachSegment(String rawPath, String canonical) {
		assertThat(Signer.canonicalUri(rawPath)).isEqualTo(canonical);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "NULL", textBlock = """
			NULL                       | ''
			''                         | ''
			a=1                        | a=1
			b=2&a=1                    | a=1&b=2
			b=2&a=1&b=1&a=0            | a=1&a=0&b=2&b=1
			a=&b                       | a=&b=
			b&a                        | a=&b=
			a=1&&b=2&                  | a=1&b=2
			a=x=y                      | a=x%3Dy
			=v                         | =v
			q=a%20b                    | q=a%20b
			q=a+b                      | q=a%2Bb
			q=a*b~c%7E                 | q=a%2Ab~c~
			q=%c3%a9%E4%B8%AD          | q=%C3%A9%E4%B8%AD
			q=中é                      | q=%E4%B8%AD%C3%A9
			z=1&Z=2&%2A=3&~=4          | %2A=3&Z=2&z=1&~=4
			A=1&%C3%A9=2               | %C3%A9=2&A=1
			a%20b=1&a+b=2              | a%20b=1&a%2Bb=2
			""")
	void canonicalQueryStringDecodesReEncodesAndSortsByEncodedKey(@Nullable String rawQuery, String canonical) {
		assertThat(Signer.canonicalQueryString(rawQuery)).isEqualTo(canonical);
	}

	@Test
	void canonicalHeadersUseValuesUntrimmedAndEmptyForMissingOnes() {
		SignedRequest request = example2(withHeader("x-project-id", "  spaced  value "));
		assertThat(Signer.canonicalRequest(request, List.of("accept", "x-project-id", "x-sdk-date")).lines())
			.containsSequence("accept:", "x-project-id:  spaced  value ", "x-sdk-date:20240101T120000Z", "",
					"accept;x-project-id;x-sdk-date");
	}

	@Test
	void canonicalHeadersLookUpNamesIgnoringCaseButWriteThemAsSigned() {
		assertThat(Signer.canonicalRequest(example2(), List.of("Host", "X-Sdk-Date")).lines())
			.containsSequence("Host:127.0.0.1:18080", "X-Sdk-Date:20240101T120000Z", "", "Host;X-Sdk-Date");
	}

	@Test
	void hashedPayloadIsTheSha256OfTheBody() {
		assertThat(Signer.hashedPayload(example1()))
			.isEqualTo("c58af5104a3cd92b041b1f0a47038d7c7d8afc527637a3f76f9e6c9f17edce23");
		assertThat(Signer.hashedPayload(example2()))
			.isEqualTo("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
	}

	@Test
	void hashedPayloadIsTheDeclaredContentHashVerbatim() {
		assertThat(Signer.hashedPayload(example1(withHeader("X-Sdk-Content-Sha256", "UNSIGNED-PAYLOAD"))))
			.isEqualTo("UNSIGNED-PAYLOAD");
	}

	@Test
	void signKeysTheHmacWithTheSecretKey() {
		assertThat(Signer.sign("key", "The quick brown fox jumps over the lazy dog"))
			.isEqualTo("f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8");
	}

	@Test
	void sdkDateIsReadAsUtc() {
		assertThat(Signer.sdkDate("20240101T120000Z")).isEqualTo(Instant.parse("2024-01-01T12:00:00Z"));
		assertThat(Signer.sdkDate("20261204T191835Z")).isEqualTo(Instant.parse("2026-12-04T19:18:35Z"));
		assertThat(Signer.sdkDate("20240229T235959Z")).isEqualTo(Instant.parse("2024-02-29T23:59:59Z"));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "20240101", "20240101T120000", "20240101T120000z", "2024-01-01T12:00:00Z",
			"20240101t120000Z", " 20240101T120000Z", "+20240101T120000Z", "120240101T120000Z", "20241301T120000Z",
			"20230229T120000Z", "20240101T240000Z", "20240101T126000Z", "20240101T120060Z", "２０２４0101T120000Z" })
	void sdkDateRejectsAnythingElse(String value) {
		assertThatExceptionOfType(MalformedSignatureException.class).isThrownBy(() -> Signer.sdkDate(value))
			.withMessage("X-Sdk-Date '" + value
					+ "' is not a UTC time in the format yyyyMMdd'T'HHmmss'Z', e.g. 20240101T120000Z");
	}

	static Stream<Arguments> workedExamples() {
		return Stream.of(
				Arguments.of(Named.of("example 1: upgradeEngine", example1()),
						authorization(EXAMPLE_1_SIGNED, EXAMPLE_1_SIGNATURE)),
				Arguments.of(Named.of("example 2: listEngines", example2()),
						authorization(EXAMPLE_2_SIGNED, EXAMPLE_2_SIGNATURE)),
				Arguments.of(Named.of("example 3: temporary credentials", example3()),
						authorization(example3Signed(), EXAMPLE_3_SIGNATURE)));
	}

	static Stream<Arguments> tamperedExamples() {
		String example1 = authorization(EXAMPLE_1_SIGNED, EXAMPLE_1_SIGNATURE);
		String example2 = authorization(EXAMPLE_2_SIGNED, EXAMPLE_2_SIGNATURE);
		String example3 = authorization(example3Signed(), EXAMPLE_3_SIGNATURE);
		SignedRequest upgrade = example1();
		return Stream.of(tampered("method", request("POST", UPGRADE_PATH, null, example1Headers(), BODY), example1),
				tampered("path", request("PUT", UPGRADE_PATH.replace("891b", "891c"), null, example1Headers(), BODY),
						example1),
				tampered("path segment added", request("PUT", UPGRADE_PATH + "/x", null, example1Headers(), BODY),
						example1),
				tampered("query added", request("PUT", UPGRADE_PATH, "a=1", example1Headers(), BODY), example1),
				tampered("query value", request("GET", example2().rawPath(), "limit=21&offset=0&type=CSE",
						sdkHeaders(), ""), example2),
				tampered("query parameter repeated", request("GET", example2().rawPath(),
						"limit=20&offset=0&type=CSE&type=X", sdkHeaders(), ""),
						authorization(EXAMPLE_2_SIGNED, EXAMPLE_2_SIGNATURE)),
				tampered("host", example1(withHeader("host", "127.0.0.1:18081")), example1),
				tampered("user-agent", example1(withHeader("user-agent", "curl/8")), example1),
				tampered("enterprise project", example1(withHeader("x-enterprise-project-id", "1")), example1),
				tampered("signed header trailing space", example1(withHeader("x-project-id", PROJECT + " ")), example1),
				tampered("signed header removed", example1(without("x-enterprise-project-id")), example1),
				tampered("sdk date", example1(withHeader("x-sdk-date", "20240101T120001Z")), example1),
				tampered("security token", example3(withHeader("x-security-token", "TEMPTOKEN124")), example3),
				tampered("body", request("PUT", UPGRADE_PATH, null, example1Headers(), "{\"version\":\"2.4.1\"}"),
						example1),
				tampered("body emptied", request("PUT", UPGRADE_PATH, null, example1Headers(), ""), example1),
				tampered("content hash declared", example1(withHeader("x-sdk-content-sha256", "UNSIGNED-PAYLOAD")),
						example1),
				tampered("signed header list", upgrade, authorization(EXAMPLE_2_SIGNED, EXAMPLE_1_SIGNATURE)),
				tampered("signature", upgrade, authorization(EXAMPLE_1_SIGNED, EXAMPLE_1_SIGNATURE.replace('7', '8'))),
				Arguments.of(Named.of("secret key", upgrade), example1, SK.replace('0', '1')),
				Arguments.of(Named.of("secret key prefix", upgrade), example1, SK.substring(1)));
	}

	static final String BODY = "{\"version\":\"2.4.0\"}";

	static SignedRequest example1() {
		return example1(UnaryOperator.identity());
	}

	static SignedRequest example1(UnaryOperator<Map<String, String>> change) {
		return request("PUT", UPGRADE_PATH, null, change.apply(example1Headers()), BODY);
	}

	static SignedRequest example2() {
		return example2(UnaryOperator.identity());
	}

	static SignedRequest example2(UnaryOperator<Map<String, String>> change) {
		return request("GET", "/v2/" + PROJECT + "/enginemgr/engines", "offset=0&limit=20&type=CSE",
				change.apply(sdkHeaders()), "");
	}

	static SignedRequest example3() {
		return example3(UnaryOperator.identity());
	}

	static SignedRequest example3(UnaryOperator<Map<String, String>> change) {
		return example1(withHeader("X-Security-Token", "TEMPTOKEN123").andThen(change)::apply);
	}

	static List<String> example3Signed() {
		return Stream.concat(EXAMPLE_1_SIGNED.stream(), Stream.of("x-security-token")).toList();
	}

	static Map<String, String> sdkHeaders() {
		Map<String, String> headers = new LinkedHashMap<>();
		headers.put("Content-Type", "application/json");
		headers.put("User-Agent", "huaweicloud-usdk-java/3.0");
		headers.put("X-Project-Id", PROJECT);
		headers.put("X-Sdk-Date", "20240101T120000Z");
		headers.put("Host", "127.0.0.1:18080");
		return headers;
	}

	static Map<String, String> example1Headers() {
		return withHeader("X-Enterprise-Project-ID", "0").apply(sdkHeaders());
	}

	static UnaryOperator<Map<String, String>> withHeader(String name, String value) {
		return (headers) -> {
			Map<String, String> changed = without(name).apply(headers);
			changed.put(name, value);
			return changed;
		};
	}

	static UnaryOperator<Map<String, String>> without(String name) {
		return (headers) -> {
			Map<String, String> changed = new LinkedHashMap<>(headers);
			changed.keySet().removeIf(name::equalsIgnoreCase);
			return changed;
		};
	}

	static SignedRequest request(String method, String path, @Nullable String query, Map<String, String> headers,
			String body) {
		return SignedRequest.of(method, path, query, headers, body.getBytes(StandardCharsets.UTF_8));
	}

	static String authorization(List<String> signedHeaders, String signature) {
		return "SDK-HMAC-SHA256 Access=" + AK + ", SignedHeaders=" + String.join(";", signedHeaders) + ", Signature="
				+ signature;
	}

	private static Arguments tampered(String change, SignedRequest request, String authorization) {
		return Arguments.of(Named.of(change, request), authorization, SK);
	}

}
