package io.cselocal.engine;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

import io.cselocal.auth.Caller;
import io.cselocal.clock.EmulatorClock;
import io.cselocal.error.CseException;
import io.cselocal.job.Job;
import io.cselocal.job.JobPlan;
import io.cselocal.job.JobService;
import io.cselocal.job.ShowEngineJobResponse;
import io.cselocal.store.Transactions;
import io.cselocal.web.EngineRef;
import io.cselocal.web.JsonBodyReader;
import io.cselocal.web.Texts;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * The rules of the engine operations. Every operation first brings the project's jobs up to the emulator's clock,
 * then reads; every change is one transaction whose writes are conditional on what it read.
 */
@Service
public class EngineService {

	private final EngineStore engines;

	private final JobService jobs;

	private final VersionCatalog catalog;

	private final EngineViews views;

	private final JsonBodyReader bodies;

	private final EmulatorClock clock;

	private final Transactions transactions;

	EngineService(EngineStore engines, JobService jobs, VersionCatalog catalog, EngineViews views,
			JsonBodyReader bodies, EmulatorClock clock, Transactions transactions) {
		this.engines = engines;
		this.jobs = jobs;
		this.catalog = catalog;
		this.views = views;
		this.bodies = bodies;
		this.clock = clock;
		this.transactions = transactions;
	}

	/** ShowEngine. */
	public ShowEngineResponse show(EngineRef ref) {
		long now = settle(ref);
		return this.views.show(require(ref, now));
	}

	/** ShowEngineJob. */
	public ShowEngineJobResponse showJob(EngineRef ref, String jobId) {
		int id = JobService.parseJobId(jobId);
		long now = settle(ref);
		Engine engine = require(ref, now);
		return this.jobs.show(ref.projectId(), engine.id(), engine.name(), id, now);
	}

	/**
	 * UpgradeEngine: the rules of SPEC 3, checked in order (the engine, the body, the catalog, the version, the
	 * state, the running job), then the engine becomes {@code Upgrading} under a new {@code Upgrade} job.
	 */
	public JobAccepted upgrade(EngineRef ref, byte @Nullable [] body, Caller caller) {
		long now = settle(ref);
		return this.transactions.run(() -> {
			Engine engine = require(ref, now);
			UpgradeEngineRequest request = this.bodies.read(body, UpgradeEngineRequest.class);
			Version target = this.catalog.require(request.version());
			Version current = Version.parse(engine.version());
			if (!target.isNewerThan(current)) {
				throw CseException.badRequest("Parameter 'version' " + Texts.quote(target.text())
						+ " is not newer than the engine's version " + current
						+ ": an engine can only be upgraded to a newer version.");
			}
			requireIdle(engine, EngineStatus.Available, EngineStatus.UpgradeFailed);
			Map<String, String> context = new LinkedHashMap<>();
			context.put("sourceVersion", current.text());
			context.put("targetVersion", target.text());
			String description = JobPlan.UPGRADE.describe(engine.name()) + " from " + current + " to " + target;
			return startJob("UpgradeEngine", engine, JobPlan.UPGRADE, description, context, caller, now);
		});
	}

	/**
	 * RetryEngine: the engine's latest job, which must have failed, runs again from its failed stage under the same
	 * job id, and the engine is back in the running status of that job's type.
	 */
	public JobAccepted retry(EngineRef ref, byte @Nullable [] body, Caller caller) {
		long now = settle(ref);
		return this.transactions.run(() -> {
			Engine engine = require(ref, now);
			this.bodies.read(body, RetryEngineRequest.class);
			Job latest = (engine.latestJobId() != null)
					? this.jobs.find(engine.projectId(), engine.id(), engine.latestJobId()).orElse(null) : null;
			if (latest == null || !latest.status().failed() || !engine.status().isFailed()) {
				throw CseException.badRequest("The engine is " + engine.status()
						+ ((latest != null) ? " and its latest job " + latest.id() + " is " + latest.status() : "")
						+ "; only an engine whose latest job failed can be retried.");
			}
			Job retried = this.jobs.retry("RetryEngine", latest, now);
			save(engine.withStatus(EngineStatus.runningFor(retried.type())));
			this.jobs.settle(retried, now);
			return new JobAccepted(engine.id(), engine.name(), retried.id());
		});
	}

	/** The engine, if it exists in the request's project and enterprise project. */
	Optional<Engine> find(EngineRef ref) {
		return this.engines.find(ref.projectId(), ref.engineId())
			.filter((engine) -> engine.enterpriseProjectId().equals(ref.enterpriseProjectId()));
	}

	private Engine require(EngineRef ref, long now) {
		return find(ref).orElseThrow(CseException::engineNotFound);
	}

	private long settle(EngineRef ref) {
		long now = this.clock.now();
		this.jobs.settleDue(ref.projectId(), now);
		return now;
	}

	/** Refuses the operation unless the engine is in one of {@code allowed} and no job runs on it. */
	private void requireIdle(Engine engine, EngineStatus... allowed) {
		Optional<Job> running = this.jobs.running(engine.projectId(), engine.id());
		if (!java.util.Arrays.asList(allowed).contains(engine.status())) {
			throw CseException.badRequest("The engine is " + engine.status()
					+ running.map((job) -> " (job " + job.id() + " is running)").orElse("")
					+ "; this operation needs it to be " + String.join(" or ",
							java.util.Arrays.stream(allowed).map(EngineStatus::name).toList())
					+ ".");
		}
		running.ifPresent((job) -> {
			throw CseException.badRequest(
					"Job " + job.id() + " is still running on the engine; wait until it has finished.");
		});
	}

	private JobAccepted startJob(String operation, Engine engine, JobPlan plan, String description,
			Map<String, String> context, Caller caller, long now) {
		Job job = this.jobs.start(operation, engine.projectId(), engine.id(), plan, description, caller.name(),
				context, now);
		save(engine.runningJob(EngineStatus.runningFor(plan.type()), job.id()));
		this.jobs.settle(job, now);
		return new JobAccepted(engine.id(), engine.name(), job.id());
	}

	/** Saves the engine, or makes the transaction run again if another request saved it first. */
	private void save(Engine engine) {
		if (!this.engines.update(engine)) {
			throw new OptimisticLockingFailureException("Engine " + engine.id() + " changed meanwhile");
		}
	}

}
