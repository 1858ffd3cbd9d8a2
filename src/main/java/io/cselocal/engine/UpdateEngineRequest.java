package io.cselocal.engine;

import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/** The body of UpdateEngine: a new description and display name, each left as it is when absent. */
record UpdateEngineRequest(@Size(max = 255, message = "must be at most {max} characters") @Nullable String description,
		@Size(max = 64, message = "must be at most {max} characters") @Nullable String alias) {
}
