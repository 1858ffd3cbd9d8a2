package io.cselocal.engine;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The body of UpgradeEngine ({@code EngineUpdateReq}): the target version. */
record UpgradeEngineRequest(@NotNull(message = "is required") @NotBlank(message = "must not be blank") @Size(max = 24,
		message = "must be at most {max} characters") @Nullable String version) {
}
