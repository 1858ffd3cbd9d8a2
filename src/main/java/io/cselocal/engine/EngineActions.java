package io.cselocal.engine;

import java.util.LinkedHashMap;
import java.util.Map;

import io.cselocal.auth.Caller;
import io.cselocal.error.CseException;
import io.cselocal.job.Job;
import io.cselocal.job.JobPlan;
import io.cselocal.job.JobService;
import io.cselocal.store.JsonColumns;
import io.cselocal.store.Transactions;
import io.cselocal.web.EngineRef;
import io.cselocal.web.JsonBodyReader;
import io.cselocal.web.Texts;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/**
 * The operations that change a running engine through a job: upgrade, configuration, resize, and the retry of a
 * failed job. Each checks its rules in order inside one transaction, then starts (or restarts) the job.
 */
@Service
public class EngineActions {

	private final EngineAccess access;

	private final JobService jobs;

	private final VersionCatalog catalog;

	private final JsonBodyReader bodies;

	private final JsonColumns json;

	private final Transactions transactions;

	EngineActions(EngineAccess access, JobService jobs, VersionCatalog catalog, JsonBodyReader bodies,
			JsonColumns json, Transactions transactions) {
		this.access = access;
		this.jobs = jobs;
		this.catalog = catalog;
		this.bodies = bodies;
		this.json = json;
		this.transactions = transactions;
	}

	/**
	 * UpgradeEngine, with the rules of SPEC 3 in order: the engine, the body, the catalog, a newer version, the
	 * state, no running job; then the engine becomes {@code Upgrading} under a new {@code Upgrade} job.
	 */
	public JobAccepted upgrade(EngineRef ref, byte @Nullable [] body, Caller caller) {
		long now = this.access.settle(ref.scope());
		return this.transactions.run(() -> {
			Engine engine = this.access.require(ref);
			UpgradeEngineRequest request = this.bodies.read(body, UpgradeEngineRequest.class);
			Version target = this.catalog.require(request.version());
			Version current = Version.parse(engine.version());
			if (!target.isNewerThan(current)) {
				throw CseException.badRequest("Parameter 'version' " + Texts.quote(target.text())
						+ " is not newer than the engine's version " + current
						+ ": an engine can only be upgraded to a newer version.");
			}
			this.access.requireIdle(engine, EngineStatus.Available, EngineStatus.UpgradeFailed);
			Map<String, String> context = new LinkedHashMap<>();
			context.put("sourceVersion", current.text());
			context.put("targetVersion", target.text());
			String description = JobPlan.UPGRADE.describe(engine.name()) + " from " + current + " to " + target;
			return this.access.startJob("UpgradeEngine", engine, JobPlan.UPGRADE, description, context, caller, now);
		});
	}

	/** UpgradeEngineConfig: a {@code Modify} job that switches the engine's {@code authType}. */
	public JobAccepted configure(EngineRef ref, byte @Nullable [] body, Caller caller) {
		long now = this.access.settle(ref.scope());
		return this.transactions.run(() -> {
			Engine engine = this.access.require(ref);
			UpgradeEngineConfigRequest request = this.bodies.read(body, UpgradeEngineConfigRequest.class);
			this.access.requireIdle(engine, EngineStatus.Available, EngineStatus.ModifyFailed);
			Map<String, String> context = new LinkedHashMap<>();
			context.put("sourceAuthType", engine.authType());
			context.put("authType", request.authType());
			String description = JobPlan.CONFIGURE.describe(engine.name()) + ": authType " + engine.authType()
					+ " to " + request.authType();
			return this.access.startJob("UpgradeEngineConfig", engine, JobPlan.CONFIGURE, description, context,
					caller, now);
		});
	}

	/**
	 * ResizeEngine: a {@code Modify} job to a larger flavor of the same spec type (engines only scale out), whose
	 * {@code inputs} override the engine's.
	 */
	public ResizeAccepted resize(EngineRef ref, byte @Nullable [] body, Caller caller) {
		long now = this.access.settle(ref.scope());
		return ResizeAccepted.of(this.transactions.run(() -> {
			Engine engine = this.access.require(ref);
			ResizeEngineRequest request = this.bodies.read(body, ResizeEngineRequest.class);
			Flavor target = requireLargerFlavor(engine, request.flavor());
			this.access.requireIdle(engine, EngineStatus.Available, EngineStatus.ModifyFailed);
			Map<String, String> inputs = new LinkedHashMap<>(engine.inputs());
			if (request.inputs() != null) {
				inputs.putAll(request.inputs());
			}
			Map<String, String> context = new LinkedHashMap<>();
			context.put("sourceFlavor", engine.flavor());
			context.put("flavor", target.id());
			context.put("inputs", this.json.write(inputs));
			String description = JobPlan.RESIZE.describe(engine.name()) + " from " + engine.flavor() + " to "
					+ target.id();
			return this.access.startJob("ResizeEngine", engine, JobPlan.RESIZE, description, context, caller, now);
		}));
	}

	/**
	 * RetryEngine: the engine's latest job, which must have failed, runs again from its failed stage under the same
	 * job id, and the engine is back in the running status of that job's type.
	 */
	public JobAccepted retry(EngineRef ref, byte @Nullable [] body, Caller caller) {
		long now = this.access.settle(ref.scope());
		return this.transactions.run(() -> {
			Engine engine = this.access.require(ref);
			this.bodies.read(body, RetryEngineRequest.class);
			Job latest = (engine.latestJobId() != null)
					? this.jobs.find(engine.projectId(), engine.id(), engine.latestJobId()).orElse(null) : null;
			if (latest == null || !latest.status().failed() || !engine.status().isFailed()) {
				throw CseException.badRequest("The engine is " + engine.status()
						+ ((latest != null) ? " and its latest job " + latest.id() + " is " + latest.status() : "")
						+ "; only an engine whose latest job failed can be retried.");
			}
			Job retried = this.jobs.retry("RetryEngine", latest, now);
			this.access.save(engine.withStatus(EngineStatus.runningFor(retried.type())));
			this.jobs.settle(retried, now);
			return new JobAccepted(engine.id(), engine.name(), retried.id());
		});
	}

	private static Flavor requireLargerFlavor(Engine engine, String flavorId) {
		Flavor target = Flavor.find(flavorId)
			.orElseThrow(() -> CseException.rejected(CreateEngineRules.BAD_FLAVOR,
					"Incorrect format of the engine instance specifications: " + Texts.quote(flavorId)
							+ " is not a flavor."));
		Flavor current = Flavor.find(engine.flavor()).orElse(null);
		if (!target.specType().name().equals(engine.specType()) || (current != null && !target.isLargerThan(current))) {
			throw CseException.badRequest("Parameter 'flavor' " + Texts.quote(flavorId) + " is not a larger flavor of "
					+ engine.specType() + " than the engine's " + engine.flavor()
					+ ": an engine can only be resized to a larger flavor of its own spec type.");
		}
		return target;
	}

}
