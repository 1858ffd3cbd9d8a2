package io.cselocal.admin;

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
import io.cselocal.job.JobService;
import io.cselocal.seed.EngineDefaults;
import io.cselocal.store.Transactions;
import io.cselocal.web.EngineRef;
import io.cselocal.web.JsonBodyReader;
import io.cselocal.web.ProjectScope;
import io.cselocal.web.Texts;
import io.cselocal.web.PathIds;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/**
 * Puts an engine straight into a given state. A job still running on it is stopped first: it ends in
 * {@code Error} now, at the stage it was in, so it can never write to the engine again.
 */
@Service
class EngineAdminService {

	private final EngineStore engines;

	private final JobService jobs;

	private final EngineService engineService;

	private final VersionCatalog catalog;

	private final CloudProperties cloud;

	private final JsonBodyReader bodies;

	private final EmulatorClock clock;

	private final Transactions transactions;

	EngineAdminService(EngineStore engines, JobService jobs, EngineService engineService,
			VersionCatalog catalog, CloudProperties cloud, JsonBodyReader bodies, EmulatorClock clock,
			Transactions transactions) {
		this.engines = engines;
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
		PathIds.projectId(projectId);
		PathIds.engineId(engineId);
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
				this.jobs.stopRunning(projectId, engineId, now);
				this.engines.save(next);
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

	private static <T> T or(@Nullable T value, T otherwise) {
		return Objects.requireNonNullElse(value, otherwise);
	}

}
