package io.cselocal.job;

/** What the end of a job means for its engine; the engine side implements it. */
public interface JobEffects {

	/** The job has run all its stages. */
	void finished(Job job);

	/** The job ended in {@code Error} or {@code Timeout}. */
	void failed(Job job);

}
