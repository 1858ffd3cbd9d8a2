package io.cselocal.engine;

import com.fasterxml.jackson.annotation.JsonProperty;

/** The answer of ResizeEngine: as every job-accepted answer, but its job id is {@code job_id} on the wire. */
public record ResizeAccepted(String id, String name, @JsonProperty("job_id") int jobId) {

	static ResizeAccepted of(JobAccepted accepted) {
		return new ResizeAccepted(accepted.id(), accepted.name(), accepted.jobId());
	}

}
