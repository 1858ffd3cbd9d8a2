package io.cselocal.admin;

import io.cselocal.engine.EngineStatus;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code PUT /_emulator/projects/{project_id}/engines/{engine_id}}: the fields to set, each optional.
 * A flavor brings its spec type; a spec type alone brings its first flavor.
 */
record EnginePutRequest(@Nullable EngineStatus status,
		@Pattern(regexp = "\\d{1,6}(\\.\\d{1,6}){0,3}",
				message = "must be one to four dot-separated numbers, such as 2.4.0") @Nullable String version,
		@Nullable String flavor,
		@Pattern(regexp = "CSE2|Nacos2|MicroGateway",
				message = "must be CSE2, Nacos2 or MicroGateway") @Nullable String specType,
		@Pattern(regexp = "RBAC|NONE", message = "must be RBAC or NONE") @Nullable String authType,
		@Size(min = 1, max = 64, message = "must be 1 to 64 characters") @Pattern(regexp = "(?s)(|.*\\S.*)",
				message = "must not be blank") @Nullable String name,
		@Pattern(regexp = "[A-Za-z0-9_-]{1,64}",
				message = "must be 1 to 64 letters, digits, hyphens or underscores") @Nullable String enterpriseProjectId) {
}
