package io.cselocal.job;

/** Where one stage of a job stands: its status, and when it started and ended (0 when it has not). */
public record StageState(JobStatus status, long startTime, long endTime) {

	static final StageState WAITING = new StageState(JobStatus.Init, 0, 0);

	static StageState startedAt(long time) {
		return new StageState(JobStatus.Executing, time, 0);
	}

	StageState endedAt(JobStatus status, long time) {
		return new StageState(status, this.startTime, time);
	}

}
