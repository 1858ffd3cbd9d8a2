package io.cselocal.error;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The two error bodies a client of Huawei Cloud sees: CSE's own, and the API gateway's. */
final class ErrorBodies {

	private ErrorBodies() {
	}

	static Object of(CseException error, String requestId) {
		return error.fromGateway() ? new GatewayError(error.getMessage(), error.code(), requestId)
				: new ServiceError(error.code(), error.getMessage());
	}

	/** {@code {"error_code", "error_msg"}}, as the CSE API reference shows. */
	record ServiceError(@JsonProperty("error_code") String errorCode, @JsonProperty("error_msg") String errorMsg) {
	}

	/** {@code {"error_msg", "error_code", "request_id"}}, as the API gateway answers. */
	record GatewayError(@JsonProperty("error_msg") String errorMsg, @JsonProperty("error_code") String errorCode,
			@JsonProperty("request_id") String requestId) {
	}

}
