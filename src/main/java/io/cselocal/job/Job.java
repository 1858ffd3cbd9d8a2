package io.cselocal.job;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * A job and its progress. Stages run one after the other, each for {@code stageMillis}; a job's state at any time
 * follows from when its current stage started, so moving the clock forward advances it exactly as if that time had
 * passed. {@code context} holds what the job will apply when it finishes (such as {@code targetVersion}).
 */
public record Job(int id, String projectId, String engineId, JobPlan plan, JobStatus status, String description,
		String createUser, Map<String, String> context, long startTime, long endTime, long stageMillis,
		List<StageState> stages, @Nullable JobFault fault, long version) {

	public Job {
		context = Collections.unmodifiableMap(new java.util.LinkedHashMap<>(context));
		stages = List.copyOf(stages);
		if (stages.size() != plan.stages().size()) {
			throw new IllegalArgumentException("A " + plan + " job has " + plan.stages().size() + " stages");
		}
	}

	/** A job that starts its first stage at {@code now}. */
	public static Job start(int id, String projectId, String engineId, JobPlan plan, String description,
			String createUser, Map<String, String> context, long now, long stageMillis, @Nullable JobFault fault) {
		List<StageState> stages = new ArrayList<>(Collections.nCopies(plan.stages().size(), StageState.WAITING));
		stages.set(0, StageState.startedAt(now));
		return new Job(id, projectId, engineId, plan, JobStatus.Executing, description, createUser, context, now, 0,
				stageMillis, stages, fault, 0);
	}

	public JobType type() {
		return this.plan.type();
	}

	public boolean running() {
		return this.status == JobStatus.Executing;
	}

	/** The job as it stands at {@code now}; the same job if nothing happened since it was last advanced. */
	public Job advancedTo(long now) {
		if (!running()) {
			return this;
		}
		List<StageState> next = new ArrayList<>(this.stages);
		for (int index = currentStage(); index < next.size(); index++) {
			StageState stage = next.get(index);
			if (isHangingAt(index)) {
				return with(next, JobStatus.Executing, 0);
			}
			long due = stage.startTime() + this.stageMillis;
			if (now < due) {
				return with(next, JobStatus.Executing, 0);
			}
			if (isFailingAt(index)) {
				JobStatus failure = JobStatus.valueOf(this.fault.result().name());
				next.set(index, stage.endedAt(failure, due));
				return with(next, failure, due);
			}
			next.set(index, stage.endedAt(JobStatus.Finished, due));
			if (index + 1 < next.size()) {
				next.set(index + 1, StageState.startedAt(due));
			}
		}
		return with(next, JobStatus.Finished, next.get(next.size() - 1).endTime());
	}

	/** The failed job running again from its failed stage, from {@code now}, with a new planned fault if any. */
	public Job retriedAt(long now, @Nullable JobFault newFault) {
		if (!this.status.failed()) {
			throw new IllegalStateException("Only a failed job can be retried");
		}
		List<StageState> next = new ArrayList<>(this.stages);
		next.set(currentStage(), StageState.startedAt(now));
		return new Job(this.id, this.projectId, this.engineId, this.plan, JobStatus.Executing, this.description,
				this.createUser, this.context, this.startTime, 0, this.stageMillis, next, newFault, this.version);
	}

	/** The job as the store holds it after saving this one. */
	Job saved() {
		return new Job(this.id, this.projectId, this.engineId, this.plan, this.status, this.description,
				this.createUser, this.context, this.startTime, this.endTime, this.stageMillis, this.stages, this.fault,
				this.version + 1);
	}

	/** The running job stopped at {@code now}: it and its current stage end in {@code Error}, and it runs no more. */
	public Job stoppedAt(long now) {
		if (!running()) {
			throw new IllegalStateException("Only a running job can be stopped");
		}
		List<StageState> next = new ArrayList<>(this.stages);
		StageState stage = next.get(currentStage());
		long end = Math.max(now, stage.startTime());
		next.set(currentStage(), stage.endedAt(JobStatus.Error, end));
		return with(next, JobStatus.Error, end);
	}

	/** When the running stage ends, if it will; {@code null} for a job that is not running or hangs. */
	public @Nullable Long nextDue() {
		if (!running() || isHangingAt(currentStage())) {
			return null;
		}
		return this.stages.get(currentStage()).startTime() + this.stageMillis;
	}

	/** Index of the stage that runs, or failed, or the last one once the job finished. */
	public int currentStage() {
		for (int index = 0; index < this.stages.size(); index++) {
			JobStatus stage = this.stages.get(index).status();
			if (stage == JobStatus.Executing || stage.failed()) {
				return index;
			}
		}
		return this.stages.size() - 1;
	}

	private boolean isHangingAt(int index) {
		return this.fault != null && this.fault.atStage() == index + 1 && this.fault.result() == JobFault.Result.Hang;
	}

	private boolean isFailingAt(int index) {
		return this.fault != null && this.fault.atStage() == index + 1 && this.fault.result() != JobFault.Result.Hang;
	}

	private Job with(List<StageState> stages, JobStatus status, long endTime) {
		return new Job(this.id, this.projectId, this.engineId, this.plan, status, this.description, this.createUser,
				this.context, this.startTime, endTime, this.stageMillis, stages, this.fault, this.version);
	}

}
