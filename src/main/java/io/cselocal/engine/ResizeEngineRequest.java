package io.cselocal.engine;

import java.util.Map;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The body of ResizeEngine ({@code EngineModifyReq}): the new flavor, and inputs that override the engine's. */
record ResizeEngineRequest(
		@NotNull(message = "is required") @NotBlank(message = "must not be blank") @Size(max = 64,
				message = "must be at most {max} characters") String flavor,
		@Size(max = 32, message = "must have at most {max} entries") @Nullable Map<String, String> inputs) {
}
