package io.cselocal.job;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import io.cselocal.error.CseException;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/** The rules of jobs: starting one, retrying a failed one, and showing where one stands. */
@Service
public class JobService {

	private static final int MAX_JOB_ID_DIGITS = 10;

	private final JobStore store;

	private final JobSettler settler;

	private final JobViews views;

	private final JobProperties properties;

	private final List<JobFaultPlanner> faults;

	JobService(JobStore store, JobSettler settler, JobViews views, JobProperties properties,
			List<JobFaultPlanner> faults) {
		this.store = store;
		this.settler = settler;
		this.views = views;
		this.properties = properties;
		this.faults = faults;
	}

	/**
	 * Records a new job that {@code operation} starts on the engine, its first stage starting at {@code now}, with
	 * the fault the planners give it, if any.
	 */
	public Job start(String operation, String projectId, String engineId, JobPlan plan, String description,
			String createUser, Map<String, String> context, long now) {
		Job job = Job.start(this.store.nextId(), projectId, engineId, plan, description, createUser, context, now,
				this.properties.stageDuration().toMillis(), plannedFault(operation, projectId, engineId));
		this.store.insert(job);
		return job;
	}

	/** Runs a failed job again from the stage that failed, with the fault {@code operation} plans for it, if any. */
	public Job retry(String operation, Job failed, long now) {
		return this.store.save(failed.retriedAt(now, plannedFault(operation, failed.projectId(), failed.engineId())));
	}

	/** Stops the job running on the engine, if any, so that it never writes to the engine again. */
	public void stopRunning(String projectId, String engineId, long now) {
		running(projectId, engineId).ifPresent((job) -> this.store.save(job.stoppedAt(now)));
	}

	private @Nullable JobFault plannedFault(String operation, String projectId, String engineId) {
		return this.faults.stream()
			.map((planner) -> planner.plan(operation, projectId, engineId))
			.filter(Objects::nonNull)
			.findFirst()
			.orElse(null);
	}

	/** Brings the project's due jobs up to {@code now}. */
	public void settleDue(String projectId, long now) {
		this.settler.settleDue(projectId, now);
	}

	/** Brings every due job of every project up to {@code now}. */
	public void settleAllDue(long now) {
		this.settler.settleAllDue(now);
	}

	/** Brings one job up to {@code now}. */
	public void settle(Job job, long now) {
		this.settler.settle(job.id(), now);
	}

	public Optional<Job> find(String projectId, String engineId, int id) {
		return this.store.find(projectId, engineId, id);
	}

	/** The job running on the engine, if any. */
	public Optional<Job> running(String projectId, String engineId) {
		return this.store.running(projectId, engineId);
	}

	/** The job as ShowEngineJob answers it; {@code SVCSTG.00501153} if the engine has no such job. */
	public ShowEngineJobResponse show(String projectId, String engineId, String engineName, int jobId, long now) {
		Job job = find(projectId, engineId, jobId).orElseThrow(CseException::jobNotFound);
		return this.views.show(job, engineName, now);
	}

	/** A page of the engine's jobs, newest first, as ListEngineJobs answers it. */
	public ListEngineJobsResponse list(String projectId, String engineId, String engineName, int offset, int limit,
			long now) {
		List<ShowEngineJobResponse> page = this.store.listForEngine(projectId, engineId, offset, limit)
			.stream()
			.map((job) -> this.views.show(job, engineName, now))
			.toList();
		return new ListEngineJobsResponse(this.store.countForEngine(projectId, engineId), page);
	}

	/** A {@code job_id} path parameter as a job id: a positive 32-bit integer, or {@code SVCSTG.00501152}. */
	public static int parseJobId(String text) {
		if (text.isEmpty() || text.length() > MAX_JOB_ID_DIGITS || !text.chars().allMatch((c) -> c >= '0' && c <= '9')) {
			throw CseException.jobIdFormat();
		}
		long id = Long.parseLong(text);
		if (id < 1 || id > Integer.MAX_VALUE) {
			throw CseException.jobIdFormat();
		}
		return (int) id;
	}

}
