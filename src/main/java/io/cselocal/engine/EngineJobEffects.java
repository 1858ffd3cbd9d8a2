package io.cselocal.engine;

import java.util.Map;

import io.cselocal.job.Job;
import io.cselocal.job.JobEffects;
import io.cselocal.job.JobStore;
import io.cselocal.store.JsonColumns;
import tools.jackson.core.type.TypeReference;

import org.springframework.stereotype.Component;

/**
 * What a job's end does to its engine: success applies the change the job carried and makes the engine
 * {@code Available} (or, for a delete, removes it and its jobs); failure leaves it in the matching {@code *Failed}
 * state. Only the engine's latest job may do this, so a stale job never overwrites newer state.
 */
@Component
class EngineJobEffects implements JobEffects {

	private static final TypeReference<Map<String, String>> INPUTS = new TypeReference<>() {
	};

	private final EngineStore engines;

	private final JobStore jobs;

	private final JsonColumns json;

	EngineJobEffects(EngineStore engines, JobStore jobs, JsonColumns json) {
		this.engines = engines;
		this.jobs = jobs;
		this.json = json;
	}

	@Override
	public void finished(Job job) {
		this.engines.find(job.projectId(), job.engineId())
			.filter((engine) -> isLatest(engine, job))
			.ifPresent((engine) -> apply(engine, job));
	}

	@Override
	public void failed(Job job) {
		this.engines.find(job.projectId(), job.engineId())
			.filter((engine) -> isLatest(engine, job))
			.ifPresent((engine) -> this.engines.save(engine.withStatus(EngineStatus.failedFor(job.type()))));
	}

	private void apply(Engine engine, Job job) {
		switch (job.plan()) {
			case UPGRADE -> this.engines.save(engine.withVersion(job.context().get("targetVersion")).withStatus(EngineStatus.Available));
			case CONFIGURE -> this.engines.save(engine.withAuthType(job.context().get("authType")).withStatus(EngineStatus.Available));
			case RESIZE -> this.engines.save(engine.withFlavor(job.context().get("flavor"), inputs(job))
				.withStatus(EngineStatus.Available));
			case CREATE -> this.engines.save(engine.withStatus(EngineStatus.Available));
			case DELETE -> remove(engine);
		}
	}

	private Map<String, String> inputs(Job job) {
		String inputs = job.context().get("inputs");
		return (inputs != null) ? this.json.read(inputs, INPUTS) : Map.of();
	}

	private void remove(Engine engine) {
		this.engines.remove(engine);
		this.jobs.deleteForEngine(engine.projectId(), engine.id());
	}

	private static boolean isLatest(Engine engine, Job job) {
		return engine.latestJobId() != null && engine.latestJobId() == job.id();
	}

}
