package io.cselocal.error;

import org.springframework.http.HttpStatus;

/**
 * The one exception type of cse-local: an HTTP status, the CSE or API-gateway error code and the message the
 * client reads. Codes starting with {@code APIGW.} are rendered in the gateway's body, all others in CSE's.
 */
public class CseException extends RuntimeException {

	public static final String BAD_PARAMETER = "SVCSTG.00500400";

	public static final String INTERNAL = "SVCSTG.00500500";

	public static final String ENGINE_NOT_FOUND = "SVCSTG.00501116";

	public static final String JOB_ID_FORMAT = "SVCSTG.00501152";

	public static final String JOB_NOT_FOUND = "SVCSTG.00501153";

	public static final String NO_SUCH_API = "APIGW.0101";

	public static final String TOO_LARGE = "APIGW.0201";

	public static final String UNAUTHORIZED = "APIGW.0301";

	public static final String FORBIDDEN = "APIGW.0302";

	/** Prefix of the codes of IAM's errors; IAM's body carries the HTTP status as its code. */
	public static final String IAM_PREFIX = "IAM.";

	private final HttpStatus status;

	private final String code;

	public CseException(HttpStatus status, String code, String message) {
		super(message, null, false, false);
		this.status = status;
		this.code = code;
	}

	public HttpStatus status() {
		return this.status;
	}

	public String code() {
		return this.code;
	}

	/** Whether IAM ({@code /v3}), not CSE, gives this answer: rendered in IAM's own error body. */
	public boolean fromIam() {
		return this.code.startsWith(IAM_PREFIX);
	}

	/** Whether the API gateway, not CSE, gives this answer. */
	public boolean fromGateway() {
		return this.code.startsWith("APIGW.");
	}

	/** 400 with the generic parameter code; the message names the parameter and the rule it broke. */
	public static CseException badRequest(String message) {
		return new CseException(HttpStatus.BAD_REQUEST, BAD_PARAMETER, message);
	}

	/** 400 with a published CSE code and message. */
	public static CseException rejected(String code, String message) {
		return new CseException(HttpStatus.BAD_REQUEST, code, message);
	}

	public static CseException engineNotFound() {
		return rejected(ENGINE_NOT_FOUND, "Failed to find the engine instance.");
	}

	public static CseException jobIdFormat() {
		return rejected(JOB_ID_FORMAT, "Incorrect task ID format.");
	}

	public static CseException jobNotFound() {
		return rejected(JOB_NOT_FOUND, "No task found.");
	}

	public static CseException internal() {
		return new CseException(HttpStatus.INTERNAL_SERVER_ERROR, INTERNAL,
				"Internal server error. Check the cse-local log for this request id.");
	}

	public static CseException unauthorized(String reason) {
		return new CseException(HttpStatus.UNAUTHORIZED, UNAUTHORIZED,
				"Incorrect IAM authentication information: " + reason);
	}

	public static CseException forbidden(String reason) {
		return new CseException(HttpStatus.FORBIDDEN, FORBIDDEN,
				"The IAM user is not authorized to access the API: " + reason);
	}

	/** An error of IAM: its body is {@code {"error":{"code":<status>,"message","title":<reason phrase>}}}. */
	public static CseException iam(HttpStatus status, String message) {
		return new CseException(status, IAM_PREFIX + status.value(), message);
	}

	public static CseException noSuchApi() {
		return new CseException(HttpStatus.NOT_FOUND, NO_SUCH_API,
				"The API does not exist or has not been published in the environment.");
	}

	public static CseException tooLarge() {
		return new CseException(HttpStatus.PAYLOAD_TOO_LARGE, TOO_LARGE, "Request entity too large.");
	}

}
