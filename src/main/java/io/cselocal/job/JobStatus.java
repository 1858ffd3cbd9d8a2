package io.cselocal.job;

/** Status of a job, a stage or a step; the constants are the wire values. */
public enum JobStatus {

	Init, Executing, Error, Timeout, Finished;

	/** Whether this is the end of a failed run. */
	public boolean failed() {
		return this == Error || this == Timeout;
	}

}
