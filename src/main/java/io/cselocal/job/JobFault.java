package io.cselocal.job;

/**
 * A failure planned for a job: at stage {@code atStage} (1-based) the job ends in {@code Error} or {@code Timeout},
 * or, with {@link Result#Hang}, never finishes that stage.
 */
public record JobFault(int atStage, Result result) {

	public JobFault {
		if (atStage < 1) {
			throw new IllegalArgumentException("atStage counts from 1");
		}
	}

	/** How the faulty stage ends; {@code Error} and {@code Timeout} are also the wire status it ends in. */
	public enum Result {

		Error, Timeout, Hang

	}

}
