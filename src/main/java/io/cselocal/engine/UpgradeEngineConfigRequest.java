package io.cselocal.engine;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

/** The body of UpgradeEngineConfig ({@code EngineConfigureReq}): the authentication type to switch to. */
record UpgradeEngineConfigRequest(@NotNull(message = "is required") @Pattern(regexp = "RBAC|NONE",
		message = "must be RBAC or NONE") String authType) {
}
