package io.cselocal.fault;

import com.fasterxml.jackson.annotation.JsonInclude;
import org.jspecify.annotations.Nullable;

/**
 * A fault rule as stored and shown: {@code times} is what is left of its count, {@code matches} how many calls it
 * has matched so far.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FaultRule(long id, String operation, @Nullable String projectId, @Nullable String engineId,
		@Nullable Integer times, @Nullable Double probability, @Nullable Long seed, long matches, FaultAction action) {

	/** Whether the rule is about this call. */
	boolean isAbout(String operation, @Nullable String projectId, @Nullable String engineId) {
		return this.operation.equals(operation) && (this.projectId == null || this.projectId.equals(projectId))
				&& (this.engineId == null || this.engineId.equals(engineId));
	}

}
