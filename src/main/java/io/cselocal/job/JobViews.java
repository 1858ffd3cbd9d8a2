package io.cselocal.job;

import java.util.ArrayList;
import java.util.List;

import io.cselocal.job.JobPlan.StageTemplate;
import io.cselocal.job.ShowEngineJobResponse.Task;
import io.cselocal.job.ShowEngineJobResponse.TaskExecutorBrief;
import io.cselocal.job.ShowEngineJobResponse.TaskSteps;
import io.cselocal.store.JsonColumns;

import org.springframework.stereotype.Component;

/**
 * Renders a job as the API shows it. A stage's time is shared evenly by its steps, so a running stage shows which
 * step it is on; a failed stage fails at its last step.
 */
@Component
class JobViews {

	private static final int NO_TIMEOUT = -1;

	private final JsonColumns json;

	JobViews(JsonColumns json) {
		this.json = json;
	}

	ShowEngineJobResponse show(Job job, String engineName, long now) {
		List<TaskSteps> stages = new ArrayList<>();
		for (int index = 0; index < job.stages().size(); index++) {
			stages.add(stage(job, index, engineName, now));
		}
		return new ShowEngineJobResponse(job.id(), job.engineId(), job.type(), job.description(), job.status(),
				job.running() ? 1 : 0, job.createUser(), job.startTime(), job.endTime(), this.json.write(job.context()),
				stages);
	}

	private static TaskSteps stage(Job job, int index, String engineName, long now) {
		StageTemplate template = job.plan().stages().get(index);
		StageState state = job.stages().get(index);
		List<Task> steps = new ArrayList<>();
		for (int step = 0; step < template.steps().size(); step++) {
			steps.add(step(job, index, step, engineName, now));
		}
		return new TaskSteps(template.name(), template.steps(), state.status(), state.startTime(), state.endTime(),
				new TaskExecutorBrief(duration(state.startTime(), state.endTime()), template.description()), steps);
	}

	private static Task step(Job job, int stageIndex, int step, String engineName, long now) {
		StageTemplate template = job.plan().stages().get(stageIndex);
		StageState stage = job.stages().get(stageIndex);
		int count = template.steps().size();
		long share = job.stageMillis() / count;
		long start = stage.startTime() + step * share;
		long end = (step == count - 1) ? stage.startTime() + job.stageMillis() : start + share;
		JobStatus status = stepStatus(stage, step == count - 1, start, end, now);
		long shownStart = (status == JobStatus.Init) ? 0 : start;
		long shownEnd = (status == JobStatus.Init || status == JobStatus.Executing) ? 0
				: (stage.status().failed() ? stage.endTime() : end);
		String log = status.failed() ? "Step " + template.steps().get(step) + " failed: " + status : "";
		long id = job.id() * 1000L + stageIndex * 100L + step;
		return new Task(job.id(), id, job.type(), "", template.steps().get(step), engineName, step, status,
				shownStart, shownEnd, job.startTime(), Math.max(shownEnd, shownStart), NO_TIMEOUT, log, "{}",
				new TaskExecutorBrief(duration(shownStart, shownEnd), template.description()));
	}

	private static JobStatus stepStatus(StageState stage, boolean last, long start, long end, long now) {
		switch (stage.status()) {
			case Init:
				return JobStatus.Init;
			case Finished:
				return JobStatus.Finished;
			case Error:
			case Timeout:
				return last ? stage.status() : JobStatus.Finished;
			default:
				if (now >= end && !last) {
					return JobStatus.Finished;
				}
				return (now >= start) ? JobStatus.Executing : JobStatus.Init;
		}
	}

	private static long duration(long start, long end) {
		return (start > 0 && end >= start) ? end - start : 0;
	}

}
