package io.cselocal.job;

import org.jspecify.annotations.Nullable;

/**
 * Decides, when an operation starts (or restarts) a job, whether that job is planned to fail or hang. Called inside
 * the operation's transaction, so a plan that consumes something (a rule applied a number of times) is consumed
 * only if the operation succeeds.
 */
public interface JobFaultPlanner {

	/** The fault planned for the job that {@code operation} starts on the engine, or {@code null} for none. */
	@Nullable JobFault plan(String operation, String projectId, String engineId);

}
