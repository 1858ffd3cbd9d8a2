package io.cselocal.engine;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.jspecify.annotations.Nullable;

/** The body of RetryEngine ({@code EngineAdditionalActionReq}): the action, whose only value is {@code Retry}. */
record RetryEngineRequest(@NotNull(message = "is required") @Pattern(regexp = "Retry",
		message = "must be Retry, the only additional action") @Nullable String action) {
}
