package io.cselocal.error;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/** The error bodies a client of Huawei Cloud sees: CSE's own, the API gateway's, and IAM's. */
final class ErrorBodies {

	private ErrorBodies() {
	}

	static Object of(CseException error, String requestId) {
		if (error.fromIam()) {
			return new IamError(new IamError.Detail(error.status().value(), error.getMessage(),
					error.status().getReasonPhrase()));
		}
		return error.fromGateway() ? new GatewayError(error.getMessage(), error.code(), requestId)
				: new ServiceError(error.code(), error.getMessage());
	}

	/** {@code {"error_code", "error_msg"}}, as the CSE API reference shows. */
	@JsonPropertyOrder({ "error_code", "error_msg" })
	record ServiceError(@JsonProperty("error_code") String errorCode, @JsonProperty("error_msg") String errorMsg) {
	}

	/** {@code {"error_msg", "error_code", "request_id"}}, as the API gateway answers. */
	@JsonPropertyOrder({ "error_msg", "error_code", "request_id" })
	record GatewayError(@JsonProperty("error_msg") String errorMsg, @JsonProperty("error_code") String errorCode,
			@JsonProperty("request_id") String requestId) {
	}

	/** {@code {"error": {"code": 401, "message", "title": "Unauthorized"}}}, as IAM ({@code /v3}) answers. */
	record IamError(Detail error) {

		record Detail(int code, String message, String title) {
		}

	}

}
