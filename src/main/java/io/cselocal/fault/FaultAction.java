package io.cselocal.fault;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * What a fault rule does, by {@code type}: {@code http-error} ({@code status}, {@code errorCode}, {@code errorMsg}),
 * {@code delay} ({@code millis}) or {@code job-outcome} ({@code result}, {@code atStage}). Only the fields of its
 * type are set.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FaultAction(
		@NotNull(message = "is required") @Pattern(regexp = "http-error|delay|job-outcome",
				message = "must be http-error, delay or job-outcome") @Nullable String type,
		@Min(value = 400, message = "must be an HTTP error status from 400 to 599") @Max(value = 599,
				message = "must be an HTTP error status from 400 to 599") @Nullable Integer status,
		@Size(max = 64, message = "must be at most {max} characters") @Nullable String errorCode,
		@Size(max = 1024, message = "must be at most {max} characters") @Nullable String errorMsg,
		@Min(value = 1, message = "must be from 1 to " + FaultAction.MAX_DELAY_MILLIS) @Max(
				value = FaultAction.MAX_DELAY_MILLIS,
				message = "must be from 1 to " + FaultAction.MAX_DELAY_MILLIS) @Nullable Integer millis,
		@Pattern(regexp = "Error|Timeout|Hang", message = "must be Error, Timeout or Hang") @Nullable String result,
		@Min(value = 1, message = "must be at least 1 (stages count from 1)") @Nullable Integer atStage) {

	public static final String HTTP_ERROR = "http-error";

	public static final String DELAY = "delay";

	public static final String JOB_OUTCOME = "job-outcome";

	/** The longest delay one rule may add: five minutes, longer than any HTTP client waits by default. */
	public static final int MAX_DELAY_MILLIS = 300_000;

	static FaultAction httpError(int status, String errorCode, String errorMsg) {
		return new FaultAction(HTTP_ERROR, status, errorCode, errorMsg, null, null, null);
	}

	static FaultAction delay(int millis) {
		return new FaultAction(DELAY, null, null, null, millis, null, null);
	}

	static FaultAction jobOutcome(String result, int atStage) {
		return new FaultAction(JOB_OUTCOME, null, null, null, null, result, atStage);
	}

}
