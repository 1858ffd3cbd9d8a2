package io.cselocal.fault;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /_emulator/faults}: which calls the rule matches (an operation, optionally one project and
 * one engine), how often it applies ({@code times}, {@code probability} with {@code seed}, or always) and what it
 * does.
 */
public record FaultRuleRequest(
		@NotNull(message = "is required") @NotBlank(message = "must not be blank") @Nullable String operation,
		@Pattern(regexp = "[A-Za-z0-9_-]{1,64}",
				message = "must be 1 to 64 letters, digits, hyphens or underscores") @Nullable String projectId,
		@Size(min = 1, max = 64, message = "must be 1 to 64 characters") @Nullable String engineId,
		@Min(value = 1, message = "must be from 1 to " + FaultRuleRequest.MAX_TIMES) @Max(
				value = FaultRuleRequest.MAX_TIMES,
				message = "must be from 1 to " + FaultRuleRequest.MAX_TIMES) @Nullable Integer times,
		@DecimalMin(value = "0", inclusive = false,
				message = "must be greater than 0 and at most 1") @DecimalMax(value = "1",
						message = "must be greater than 0 and at most 1") @Nullable Double probability,
		@Nullable Long seed,
		@NotNull(message = "is required") @Valid @Nullable FaultAction action) {

	public static final int MAX_TIMES = 1_000_000;

}
