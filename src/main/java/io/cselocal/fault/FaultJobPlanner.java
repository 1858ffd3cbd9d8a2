package io.cselocal.fault;

import io.cselocal.job.JobFault;
import io.cselocal.job.JobFaultPlanner;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Plans the failure a {@code job-outcome} rule asks for into the job the operation starts. Runs inside the
 * operation's transaction, so a rule's count is taken only if the operation succeeds.
 */
@Component
class FaultJobPlanner implements JobFaultPlanner {

	private final FaultService faults;

	FaultJobPlanner(FaultService faults) {
		this.faults = faults;
	}

	@Override
	public @Nullable JobFault plan(String operation, String projectId, String engineId) {
		FaultAction action = this.faults.jobOutcome(operation, projectId, engineId);
		return (action == null) ? null : new JobFault(action.atStage(), JobFault.Result.valueOf(action.result()));
	}

}
