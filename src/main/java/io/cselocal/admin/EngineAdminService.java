package io.cselocal.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import io.cselocal.clock.EmulatorClock;
import io.cselocal.error.CseException;
import io.cselocal.engine.CloudProperties;
import io.cselocal.engine.Engine;
import io.cselocal.engine.EngineService;
import io.cselocal.engine.EngineStore;
import io.cselocal.engine.Flavor;
import io.cselocal.engine.ShowEngineResponse;
import io.cselocal.engine.VersionCatalog;
import io.cselocal.job.Job;
import io.cselocal.job.JobService;
import io.cselocal.job.JobStatus;
import io.cselocal.job.JobStore;
import io.cselocal.job.StageState;
import io.cselocal.seed.EngineDefaults;
import io.cselocal.store.Transactions;
import io.cselocal.web.EngineRef;
import io.cselocal.web.JsonBodyReader;
import io.cselocal.web.ProjectScope;
import io.cselocal.web.Texts;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;

/**
 * Puts an engine straight into a given state. A job still running on it is stopped first: it ends in
 * {@code Error} now, at the stage it was in, so it can never write to the engine again.
 */
@Service
class EngineAdminService {

	private final EngineStore engines;

	private final JobStore jobStore;

	private final JobService jobs;

	private final EngineService engineService;

	private final VersionCatalog catalog;

	private final CloudProperties cloud;

	private final JsonBodyReader bodies;

	private final EmulatorClock clock;

	private final Transactions transactions;

	EngineAdminService(EngineStore engines, JobStore jobStore, JobService jobs, EngineService engineService,
			VersionCatalog catalog, CloudProperties cloud, JsonBodyReader bodies, EmulatorClock clock,
			Transactions transactions) {
		this.engines = engines;
		this.jobStore = jobStore;
		this.jobs = jobs;
		this.engineService = engineService;
		this.catalog = catalog;
		this.cloud = cloud;
		this.bodies = bodies;
		this.clock = clock;
		this.transactions = transactions;
	}

	/** Creates the engine with the given fields, or changes them; answers it as ShowEngine shows it. */
	ShowEngineResponse put(String projectId, String engineId, byte @Nullable [] body) {
		ControlIds.projectId(projectId);
		ControlIds.engineId(engineId);
		EnginePutRequest request = this.bodies.readExact(body, EnginePutRequest.class);
		long now = this.clock.now();
		this.jobs.settleDue(projectId, now);
		Engine saved;
		try {
			saved = putEngine(projectId, engineId, request, now);
		}
		catch (DuplicateKeyException nameTaken) {
			throw CseException.badRequest("Parameter 'name' " + Texts.quote(String.valueOf(request.name()))
					+ " is the name of another engine of project " + projectId + "; names are unique in a project.");
		}
		return this.engineService.show(new EngineRef(new ProjectScope(projectId, saved.enterpriseProjectId()), engineId));
	}

	private Engine putEngine(String projectId, String engineId, EnginePutRequest request, long now) {
		return this.transactions.run(() -> {
			Engine current = this.engines.find(projectId, engineId).orElse(null);
			Engine base = (current != null) ? current
					: EngineDefaults.engine(projectId, engineId, this.catalog.latest().text(), this.cloud.region(), now);
			Engine next = changed(base, request);
			if (current == null) {
				this.engines.insert(next);
			}
			else {
				stopRunningJob(projectId, engineId, now);
				save(next);
			}
			return next;
		});
	}

	private static Engine changed(Engine engine, EnginePutRequest request) {
		Flavor flavor = EngineDefaults.flavor(request.flavor(), request.specType(), engine.flavor(), "");
		return new Engine(engine.projectId(), engine.id(), or(request.enterpriseProjectId(), engine.enterpriseProjectId()),
				or(request.name(), engine.name()), engine.description(), engine.alias(), flavor.id(),
				flavor.specType().name(), or(request.authType(), engine.authType()), engine.payment(),
				or(request.version(), engine.version()), or(request.status(), engine.status()), engine.createUser(),
				engine.createTime(), engine.latestJobId(), engine.network(), engine.inputs(), engine.revision());
	}

	/** Ends the engine's running job in {@code Error} now, so that it can never write to the engine again. */
	private void stopRunningJob(String projectId, String engineId, long now) {
		this.jobStore.running(projectId, engineId).ifPresent((job) -> {
			if (!this.jobStore.update(stopped(job, now))) {
				throw new OptimisticLockingFailureException("Job " + job.id() + " changed while it was stopped");
			}
		});
	}

	private static Job stopped(Job job, long now) {
		List<StageState> stages = new ArrayList<>(job.stages());
		int current = job.currentStage();
		StageState stage = stages.get(current);
		stages.set(current, new StageState(JobStatus.Error, stage.startTime(), Math.max(now, stage.startTime())));
		return new Job(job.id(), job.projectId(), job.engineId(), job.plan(), JobStatus.Error, job.description(),
				job.createUser(), job.context(), job.startTime(), Math.max(now, stage.startTime()), job.stageMillis(),
				stages, job.fault(), job.version());
	}

	private void save(Engine engine) {
		if (!this.engines.update(engine)) {
			throw new OptimisticLockingFailureException("Engine " + engine.id() + " changed meanwhile");
		}
	}

	private static <T> T or(@Nullable T value, T otherwise) {
		return Objects.requireNonNullElse(value, otherwise);
	}

}
