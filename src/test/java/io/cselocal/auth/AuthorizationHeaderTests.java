package io.cselocal.auth;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/** Tests for {@link AuthorizationHeader}. */
class AuthorizationHeaderTests {

	static final String SIGNATURE = "7f14adc315edcb76b0d8cb15135f4102426896e89e8872741bb92bd0ded89ac3";

	@Test
	void parseReadsTheSdksHeader() {
		AuthorizationHeader header = AuthorizationHeader.parse("SDK-HMAC-SHA256 Access=AKEXAMPLE0000000000, "
				+ "SignedHeaders=host;user-agent;x-enterprise-project-id;x-project-id;x-sdk-date, Signature=" + SIGNATURE);
		assertThat(header.algorithm()).isEqualTo("SDK-HMAC-SHA256");
		assertThat(header.accessKey()).isEqualTo("AKEXAMPLE0000000000");
		assertThat(header.signedHeaders()).containsExactly("host", "user-agent", "x-enterprise-project-id",
				"x-project-id", "x-sdk-date");
		assertThat(header.signature()).isEqualTo(SIGNATURE);
	}

	@ParameterizedTest
	@ValueSource(strings = { "SDK-HMAC-SHA256 Access=AK,SignedHeaders=host;x-sdk-date,Signature=" + SIGNATURE,
			"  SDK-HMAC-SHA256   Access = AK ,  SignedHeaders= host;x-sdk-date ,\tSignature=" + SIGNATURE + "  ",
			"SDK-HMAC-SHA256 Signature=" + SIGNATURE + ", Access=AK, SignedHeaders=host;x-sdk-date" })
	void parseToleratesSpacingAndOrderOfTheParts(String value) {
		AuthorizationHeader header = AuthorizationHeader.parse(value);
		assertThat(header.accessKey()).isEqualTo("AK");
		assertThat(header.signedHeaders()).containsExactly("host", "x-sdk-date");
		assertThat(header.signature()).isEqualTo(SIGNATURE);
	}

	@Test
	void parseKeepsTheSignatureInLowerCase() {
		AuthorizationHeader header = AuthorizationHeader
			.parse("SDK-HMAC-SHA256 Access=AK, SignedHeaders=X-Sdk-Date, Signature=" + SIGNATURE.toUpperCase());
		assertThat(header.signature()).isEqualTo(SIGNATURE);
		assertThat(header.signedHeaders()).containsExactly("X-Sdk-Date");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			""                                                   | The Authorization header is empty
			"   "                                                | The Authorization header is empty
			Bearer abc                                           | Unsupported signing algorithm 'Bearer'; only SDK-HMAC-SHA256 is accepted
			SDK-HMAC-SM3 Access=AK, SignedHeaders=x-sdk-date, Signature=S   | Unsupported signing algorithm 'SDK-HMAC-SM3'; only SDK-HMAC-SHA256 is accepted
			sdk-hmac-sha256 Access=AK, SignedHeaders=x-sdk-date, Signature=S | Unsupported signing algorithm 'sdk-hmac-sha256'; only SDK-HMAC-SHA256 is accepted
			SDK-HMAC-SHA256,Access=AK, SignedHeaders=x-sdk-date, Signature=S | Unsupported signing algorithm 'SDK-HMAC-SHA256,Access=AK,'; only SDK-HMAC-SHA256 is accepted
			SDK-HMAC-SHA256                                      | The Authorization header has no Access= part
			SDK-HMAC-SHA256 SignedHeaders=x-sdk-date, Signature=S | The Authorization header has no Access= part
			SDK-HMAC-SHA256 Access=AK, Signature=S               | The Authorization header has no SignedHeaders= part
			SDK-HMAC-SHA256 Access=AK, SignedHeaders=x-sdk-date  | The Authorization header has no Signature= part
			SDK-HMAC-SHA256 Access=AK SignedHeaders=x-sdk-date Signature=S | The Authorization header has no SignedHeaders= part
			SDK-HMAC-SHA256 Access AK, SignedHeaders=x-sdk-date  | Authorization part 'Access AK' is not of the form Name=value
			SDK-HMAC-SHA256 Access=AK, , SignedHeaders=x-sdk-date | Authorization part '' is not of the form Name=value
			SDK-HMAC-SHA256 Access=AK, SignedHeaders=x-sdk-date, | Authorization part '' is not of the form Name=value
			SDK-HMAC-SHA256 =AK, SignedHeaders=x-sdk-date        | Authorization part '=AK' is not of the form Name=value
			SDK-HMAC-SHA256 access=AK, SignedHeaders=x-sdk-date  | Unknown Authorization part 'access'; expected [Access, SignedHeaders, Signature]
			SDK-HMAC-SHA256 Access=AK, Region=cn, SignedHeaders=x-sdk-date | Unknown Authorization part 'Region'; expected [Access, SignedHeaders, Signature]
			SDK-HMAC-SHA256 Access=AK, Access=AK2, SignedHeaders=x-sdk-date | Authorization part Access= appears more than once
			""")
	void parseRejectsAMalformedHeader(String value, String message) {
		assertThatExceptionOfType(MalformedSignatureException.class).isThrownBy(() -> AuthorizationHeader.parse(value))
			.withMessage(message);
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', textBlock = """
			Access=, SignedHeaders=x-sdk-date, Signature=SIG      | Access= is empty; the access key (AK) is missing
			Access=  , SignedHeaders=x-sdk-date, Signature=SIG    | Access= is empty; the access key (AK) is missing
			Access=AK, SignedHeaders=, Signature=SIG              | SignedHeaders= is empty
			Access=AK, SignedHeaders=host;;x-sdk-date, Signature=SIG | SignedHeaders= has an empty header name in 'host;;x-sdk-date'
			Access=AK, SignedHeaders=x-sdk-date;, Signature=SIG   | SignedHeaders= has an empty header name in 'x-sdk-date;'
			Access=AK, SignedHeaders=host;user-agent, Signature=SIG | SignedHeaders= must include x-sdk-date, got 'host;user-agent'
			Access=AK, SignedHeaders=host;x-sdk-datex, Signature=SIG | SignedHeaders= must include x-sdk-date, got 'host;x-sdk-datex'
			Access=AK, SignedHeaders=host;x-sdk-date, Signature=  | Signature= must be 64 hex digits, got 0 characters
			Access=AK, SignedHeaders=host;x-sdk-date, Signature=SIGx | Signature= must be 64 hex digits, got 65 characters
			Access=AK, SignedHeaders=host;x-sdk-date, Signature=abc | Signature= must be 64 hex digits, got 3 characters
			Access=AK, SignedHeaders=host;x-sdk-date, Signature=g63 | Signature= must contain only the hex digits 0-9 and a-f
			""")
	void parseRejectsAMalformedPart(String parts, String message) {
		String value = "SDK-HMAC-SHA256 " + parts.replace("SIG", SIGNATURE).replace("g63", "g" + SIGNATURE.substring(1));
		assertThatExceptionOfType(MalformedSignatureException.class).isThrownBy(() -> AuthorizationHeader.parse(value))
			.withMessage(message)
			.withMessageNotContaining(SIGNATURE);
	}

	@Test
	void constructorRejectsAnotherAlgorithm() {
		assertThatExceptionOfType(MalformedSignatureException.class)
			.isThrownBy(() -> new AuthorizationHeader("V11-HMAC-SHA256", "AK", List.of("x-sdk-date"), SIGNATURE))
			.withMessage("Unsupported signing algorithm 'V11-HMAC-SHA256'; only SDK-HMAC-SHA256 is accepted");
	}

	@Test
	void signedHeadersCannotBeChangedAfterParsing() {
		AuthorizationHeader header = AuthorizationHeader
			.parse("SDK-HMAC-SHA256 Access=AK, SignedHeaders=host;x-sdk-date, Signature=" + SIGNATURE);
		assertThatExceptionOfType(UnsupportedOperationException.class)
			.isThrownBy(() -> header.signedHeaders().set(0, "accept"));
	}

}
