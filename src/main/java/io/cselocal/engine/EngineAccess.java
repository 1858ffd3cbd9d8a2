package io.cselocal.engine;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

import io.cselocal.auth.Caller;
import io.cselocal.clock.EmulatorClock;
import io.cselocal.error.CseException;
import io.cselocal.job.Job;
import io.cselocal.job.JobPlan;
import io.cselocal.job.JobService;
import io.cselocal.web.EngineRef;
import io.cselocal.web.ProjectScope;

import org.springframework.stereotype.Component;

/**
 * What every engine operation does the same way: bring the project's jobs up to the clock, find the engine in the
 * request's scope, check it may take a new job, start one, and save conditionally on what was read.
 */
@Component
class EngineAccess {

	private final EngineStore engines;

	private final JobService jobs;

	private final EmulatorClock clock;

	EngineAccess(EngineStore engines, JobService jobs, EmulatorClock clock) {
		this.engines = engines;
		this.jobs = jobs;
		this.clock = clock;
	}

	/** Brings the project's due jobs up to now, and returns now. */
	long settle(ProjectScope scope) {
		long now = this.clock.now();
		this.jobs.settleDue(scope.projectId(), now);
		return now;
	}

	/** The engine, if it exists in the request's project and enterprise project, else {@code SVCSTG.00501116}. */
	Engine require(EngineRef ref) {
		return this.engines.find(ref.projectId(), ref.engineId())
			.filter((engine) -> engine.enterpriseProjectId().equals(ref.enterpriseProjectId()))
			.orElseThrow(CseException::engineNotFound);
	}

	/** Saves the engine, or makes the transaction run again if another request saved it first. */
	void save(Engine engine) {
		this.engines.save(engine);
	}

	/** The job running on the engine, if any. */
	Optional<Job> running(Engine engine) {
		return this.jobs.running(engine.projectId(), engine.id());
	}

	/** Refuses the operation unless the engine is in one of {@code allowed} and no job runs on it. */
	void requireIdle(Engine engine, EngineStatus... allowed) {
		Optional<Job> running = running(engine);
		if (!Arrays.asList(allowed).contains(engine.status())) {
			throw CseException.badRequest("The engine is " + engine.status()
					+ running.map((job) -> " (job " + job.id() + " is running)").orElse("")
					+ "; this operation needs it to be "
					+ String.join(" or ", Arrays.stream(allowed).map(EngineStatus::name).toList()) + ".");
		}
		running.ifPresent((job) -> {
			throw CseException.badRequest(
					"Job " + job.id() + " is still running on the engine; wait until it has finished.");
		});
	}

	/**
	 * Starts a job of {@code plan} on the engine for {@code operation}: the engine takes the job's running status
	 * and names it its latest job. With no stage time the job finishes inside this call.
	 */
	JobAccepted startJob(String operation, Engine engine, JobPlan plan, String description,
			Map<String, String> context, Caller caller, long now) {
		Job job = this.jobs.start(operation, engine.projectId(), engine.id(), plan, description, caller.name(),
				context, now);
		save(engine.runningJob(EngineStatus.runningFor(plan.type()), job.id()));
		this.jobs.settle(job, now);
		return new JobAccepted(engine.id(), engine.name(), job.id());
	}

}
