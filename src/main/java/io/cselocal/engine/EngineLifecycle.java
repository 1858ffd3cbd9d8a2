package io.cselocal.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.cselocal.auth.Caller;
import io.cselocal.error.CseException;
import io.cselocal.job.JobPlan;
import io.cselocal.store.Transactions;
import io.cselocal.web.EngineRef;
import io.cselocal.web.JsonBodyReader;
import io.cselocal.web.ProjectScope;
import io.cselocal.web.Texts;
import org.jspecify.annotations.Nullable;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;

/** The operations that bring an engine into being, change its details, and remove it. */
@Service
public class EngineLifecycle {

	private static final String DEFAULT_NODE_FLAVOR = "s6.large.2";

	private final EngineAccess access;

	private final EngineStore engines;

	private final ProjectLocks locks;

	private final VersionCatalog catalog;

	private final EngineProperties properties;

	private final JsonBodyReader bodies;

	private final Transactions transactions;

	EngineLifecycle(EngineAccess access, EngineStore engines, ProjectLocks locks, VersionCatalog catalog,
			EngineProperties properties, JsonBodyReader bodies, Transactions transactions) {
		this.access = access;
		this.engines = engines;
		this.locks = locks;
		this.catalog = catalog;
		this.properties = properties;
		this.bodies = bodies;
		this.transactions = transactions;
	}

	/**
	 * CreateEngine: the published checks of the body, then the other fields, then a unique name and the project's
	 * quota, both enforced by the store; the engine starts {@code Creating} at the newest version under a
	 * {@code Create} job.
	 */
	public JobAccepted create(ProjectScope scope, byte @Nullable [] body, Caller caller) {
		CreateEngineRequest request = this.bodies.parse(body, CreateEngineRequest.class);
		CreateEngineRules.Checked checked = CreateEngineRules.check(request);
		this.bodies.validate(request);
		CreateEngineRules.password(request);
		long now = this.access.settle(scope);
		this.locks.prepare(scope.projectId());
		try {
			return this.transactions.run(() -> {
				this.locks.lock(scope.projectId());
				requireFreeName(scope, checked.name());
				requireQuota(scope);
				Engine engine = newEngine(scope, request, checked, caller, now);
				this.engines.insert(engine);
				return this.access.startJob("CreateEngine", engine, JobPlan.CREATE,
						JobPlan.CREATE.describe(engine.name()), Map.of("version", engine.version()), caller, now);
			});
		}
		catch (DuplicateKeyException nameTakenMeanwhile) {
			throw duplicateName(scope, checked.name());
		}
	}

	/** UpdateEngine: a new description or display name; no job, and the answer has no body. */
	public void update(EngineRef ref, byte @Nullable [] body) {
		this.access.settle(ref.scope());
		this.transactions.run(() -> {
			Engine engine = this.access.require(ref);
			UpdateEngineRequest request = this.bodies.read(body, UpdateEngineRequest.class);
			String description = (request.description() != null) ? request.description() : engine.description();
			String alias = (request.alias() != null) ? request.alias() : engine.alias();
			this.access.save(engine.withDetails(description, alias));
		});
	}

	/**
	 * DeleteEngine: only from a state that allows it ({@code SVCSTG.00501117} otherwise); the engine is
	 * {@code Deleting} under a {@code Delete} job, and once it has run the engine and its jobs are gone.
	 */
	public JobAccepted delete(EngineRef ref, Caller caller) {
		long now = this.access.settle(ref.scope());
		return this.transactions.run(() -> {
			Engine engine = this.access.require(ref);
			if (!EngineStatus.DELETABLE.contains(engine.status()) || this.access.running(engine).isPresent()) {
				throw CseException.rejected("SVCSTG.00501117", "The engine in the current state cannot be deleted: it is "
						+ engine.status() + "; an engine can be deleted when it is "
						+ String.join(", ", EngineStatus.DELETABLE.stream().map(EngineStatus::name).toList()) + ".");
			}
			return this.access.startJob("DeleteEngine", engine, JobPlan.DELETE, JobPlan.DELETE.describe(engine.name()),
					Map.of(), caller, now);
		});
	}

	private void requireFreeName(ProjectScope scope, String name) {
		if (this.engines.nameTaken(scope.projectId(), name)) {
			throw duplicateName(scope, name);
		}
	}

	private static CseException duplicateName(ProjectScope scope, String name) {
		return CseException.rejected(CreateEngineRules.DUPLICATE_NAME, "Duplicate engine instance name: project "
				+ scope.projectId() + " already has an engine named " + Texts.quote(name) + ".");
	}

	private void requireQuota(ProjectScope scope) {
		int used = this.engines.count(scope.projectId());
		if (used >= this.properties.quota()) {
			throw CseException.rejected(CreateEngineRules.QUOTA, "Insufficient engine instance quota: the project holds "
					+ used + " of its " + this.properties.quota() + " engines.");
		}
	}

	private Engine newEngine(ProjectScope scope, CreateEngineRequest request, CreateEngineRules.Checked checked,
			Caller caller, long now) {
		EngineNetwork network = new EngineNetwork(request.vpc(), orEmpty(request.vpcId()), request.networkId(),
				request.subnetCidr(), orEmpty(request.publicIpId()),
				(request.azList() != null) ? request.azList() : List.of());
		Map<String, String> inputs = new LinkedHashMap<>();
		inputs.put("nodeFlavor", DEFAULT_NODE_FLAVOR);
		if (request.inputs() != null) {
			inputs.putAll(request.inputs());
		}
		return new Engine(scope.projectId(), UUID.randomUUID().toString(), enterpriseProject(scope, request),
				checked.name(), orEmpty(request.description()), null, checked.flavor().id(), checked.specType().name(),
				request.authType(), "1", this.catalog.latest().text(), EngineStatus.Creating, caller.name(), now, null,
				network, inputs, 0);
	}

	/** The header's enterprise project, else the body's, else the default one. */
	private static String enterpriseProject(ProjectScope scope, CreateEngineRequest request) {
		boolean headerSaysDefault = ProjectScope.DEFAULT_ENTERPRISE_PROJECT.equals(scope.enterpriseProjectId());
		if (headerSaysDefault && request.enterpriseProject() != null && request.enterpriseProject().id() != null
				&& !request.enterpriseProject().id().isBlank()) {
			return request.enterpriseProject().id();
		}
		return scope.enterpriseProjectId();
	}

	private static String orEmpty(@Nullable String value) {
		return (value != null) ? value : "";
	}

}
