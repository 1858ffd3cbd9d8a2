package io.cselocal.job;

import java.util.List;

/** A job as ShowEngineJob answers it, field for field as the SDK's {@code ShowEngineJobResponse}. */
public record ShowEngineJobResponse(int id, String engineId, JobType type, String description, JobStatus status,
		int scheduling, String createUser, long startTime, long endTime, String context, List<TaskSteps> tasks) {

	/** A stage of the job. */
	public record TaskSteps(String taskName, List<String> taskNames, JobStatus status, long startTime, long endTime,
			TaskExecutorBrief taskExecutorBrief, List<Task> tasks) {
	}

	/** A step of a stage. */
	public record Task(int jobId, long id, JobType type, String assigned, String taskName, String engineName,
			int taskOrder, JobStatus status, long startTime, long endTime, long createTime, long updateTime,
			int timeout, String log, String output, TaskExecutorBrief taskExecutorBrief) {
	}

	/** How long a stage or step ran and what it does. */
	public record TaskExecutorBrief(long duration, String description) {
	}

}
