package io.cselocal.seed;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import io.cselocal.clock.EmulatorClock;
import io.cselocal.engine.CloudProperties;
import io.cselocal.engine.Engine;
import io.cselocal.engine.EngineNetwork;
import io.cselocal.engine.EngineStore;
import io.cselocal.engine.Flavor;
import io.cselocal.engine.Version;
import io.cselocal.engine.VersionCatalog;
import io.cselocal.error.CseException;
import io.cselocal.job.Job;
import io.cselocal.job.JobFault;
import io.cselocal.job.JobPlan;
import io.cselocal.job.JobProperties;
import io.cselocal.job.JobStatus;
import io.cselocal.job.JobStore;
import io.cselocal.job.StageState;
import io.cselocal.web.JsonBodyReader;
import io.cselocal.web.Texts;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;

/**
 * Reads, checks and writes {@link StateDocument}s. A document is checked whole before anything of it is used: the
 * first problem is a 400 that names its JSON path, such as {@code engines[2].status}.
 */
@Component
public class StateDocuments {

	private final JsonBodyReader bodies;

	private final EngineStore engines;

	private final JobStore jobs;

	private final VersionCatalog catalog;

	private final CloudProperties cloud;

	private final JobProperties jobSettings;

	private final EmulatorClock clock;

	StateDocuments(JsonBodyReader bodies, EngineStore engines, JobStore jobs, VersionCatalog catalog,
			CloudProperties cloud, JobProperties jobSettings, EmulatorClock clock) {
		this.bodies = bodies;
		this.engines = engines;
		this.jobs = jobs;
		this.catalog = catalog;
		this.cloud = cloud;
		this.jobSettings = jobSettings;
		this.clock = clock;
	}

	/** The engines and jobs a document describes, once every part of it is valid. */
	public State read(byte @Nullable [] document) {
		StateDocument parsed = this.bodies.readExact(document, StateDocument.class);
		long now = this.clock.now();
		List<Engine> engines = new ArrayList<>();
		for (int index = 0; index < parsed.engines().size(); index++) {
			engines.add(engine(parsed.engines().get(index), "engines[" + index + "].", now));
		}
		List<Job> jobs = new ArrayList<>();
		for (int index = 0; index < parsed.jobs().size(); index++) {
			jobs.add(job(parsed.jobs().get(index), "jobs[" + index + "].", engines));
		}
		checkUnique(engines, jobs);
		checkLatestJobs(engines, jobs);
		checkOneRunningJobPerEngine(jobs);
		return new State(engines, jobs);
	}

	/** Every engine and job as they are stored. */
	public StateDocument export() {
		return new StateDocument(this.engines.all().stream().map(StateDocuments::document).toList(),
				this.jobs.all().stream().map(StateDocuments::document).toList());
	}

	/** The engines and jobs of a valid document. */
	public record State(List<Engine> engines, List<Job> jobs) {

		/** The highest job id, 0 if there is no job. */
		public int maxJobId() {
			return this.jobs.stream().mapToInt(Job::id).max().orElse(0);
		}

	}

	private Engine engine(StateDocument.Engine doc, String path, long now) {
		String version = or(doc.version(), this.catalog.latest().text());
		Engine base = EngineDefaults.engine(doc.projectId(), doc.id(), version, this.cloud.region(), now);
		Flavor flavor = EngineDefaults.flavor(doc.flavor(), doc.specType(), base.flavor(), path);
		StateDocument.Network network = doc.network();
		EngineNetwork net = (network == null) ? base.network() : new EngineNetwork(
				or(network.vpc(), base.network().vpc()), or(network.vpcId(), base.network().vpcId()),
				or(network.networkId(), base.network().networkId()),
				or(network.subnetCidr(), base.network().subnetCidr()),
				or(network.publicIpId(), base.network().publicIpId()), or(network.azList(), base.network().azList()));
		return new Engine(doc.projectId(), doc.id(), or(doc.enterpriseProjectId(), base.enterpriseProjectId()),
				or(doc.name(), base.name()), or(doc.description(), base.description()), doc.alias(), flavor.id(),
				flavor.specType().name(), or(doc.authType(), base.authType()), or(doc.payment(), base.payment()),
				version, or(doc.status(), base.status()), or(doc.createUser(), base.createUser()),
				or(doc.createTime(), base.createTime()), doc.latestJobId(), net, or(doc.inputs(), Map.of()), 0);
	}

	private Job job(StateDocument.Job doc, String path, List<Engine> engines) {
		Engine engine = engines.stream()
			.filter((e) -> e.projectId().equals(doc.projectId()) && e.id().equals(doc.engineId()))
			.findFirst()
			.orElseThrow(() -> bad(path + "engineId", Texts.quote(doc.engineId()) + " names no engine of project "
					+ doc.projectId() + " in the document."));
		JobPlan plan = doc.plan();
		if (doc.stages().size() != plan.stages().size()) {
			throw bad(path + "stages", "has " + doc.stages().size() + " stages; a " + plan + " job has "
					+ plan.stages().size() + ".");
		}
		List<StageState> stages = doc.stages().stream()
			.map((stage) -> new StageState(stage.status(), stage.startTime(), stage.endTime()))
			.toList();
		checkStatus(doc.status(), stages, path);
		JobFault fault = fault(doc.fault(), plan, path);
		Map<String, String> context = or(doc.context(), Map.of());
		checkContext(plan, context, path);
		return new Job(doc.id(), doc.projectId(), doc.engineId(), plan, doc.status(),
				or(doc.description(), plan.describe(engine.name())), or(doc.createUser(), EngineDefaults.CREATE_USER),
				context, doc.startTime(), or(doc.endTime(), 0L),
				or(doc.stageMillis(), this.jobSettings.stageDuration().toMillis()), stages, fault, 0);
	}

	/** A job's status must agree with its stages, so that it moves on (or stays) as such a job would. */
	private static void checkStatus(JobStatus status, List<StageState> stages, String path) {
		long running = stages.stream().filter((stage) -> stage.status() == JobStatus.Executing).count();
		boolean agrees = switch (status) {
			case Executing -> running == 1;
			case Finished -> stages.stream().allMatch((stage) -> stage.status() == JobStatus.Finished);
			case Error, Timeout -> running == 0 && stages.stream().filter((s) -> s.status() == status).count() == 1;
			case Init -> false;
		};
		if (!agrees) {
			throw bad(path + "status", "'" + status + "' does not agree with the job's stages: an Executing job has "
					+ "exactly one Executing stage, a Finished job only Finished stages, an Error or Timeout job "
					+ "one stage of that status and none Executing.");
		}
	}

	private static @Nullable JobFault fault(StateDocument.@Nullable Fault fault, JobPlan plan, String path) {
		if (fault == null) {
			return null;
		}
		if (fault.atStage() > plan.stages().size()) {
			throw bad(path + "fault.atStage", "must be at most " + plan.stages().size() + ", the stages of a " + plan
					+ " job.");
		}
		return new JobFault(fault.atStage(), fault.result());
	}

	/** The context a job of each plan applies when it finishes must be there and make sense. */
	private static void checkContext(JobPlan plan, Map<String, String> context, String path) {
		if (plan == JobPlan.UPGRADE) {
			String target = context.get("targetVersion");
			if (target == null || !Version.isValid(target)) {
				throw bad(path + "context.targetVersion", "is required for an UPGRADE job: the version the engine "
						+ "gets when the job finishes, such as 2.4.0.");
			}
		}
		String authType = context.get("authType");
		if (plan == JobPlan.CONFIGURE && !("RBAC".equals(authType) || "NONE".equals(authType))) {
			throw bad(path + "context.authType", "is required for a CONFIGURE job: RBAC or NONE, the engine's "
					+ "authType when the job finishes.");
		}
		if (plan == JobPlan.RESIZE && Flavor.find(String.valueOf(context.get("flavor"))).isEmpty()) {
			throw bad(path + "context.flavor", "is required for a RESIZE job: the flavor the engine gets when the "
					+ "job finishes, such as cse.s1.medium2.");
		}
	}

	private static void checkUnique(List<Engine> engines, List<Job> jobs) {
		Set<String> engineKeys = new HashSet<>();
		Set<String> names = new HashSet<>();
		for (int index = 0; index < engines.size(); index++) {
			Engine engine = engines.get(index);
			if (!engineKeys.add(engine.projectId() + "/" + engine.id())) {
				throw bad("engines[" + index + "].id", Texts.quote(engine.id()) + " appears twice in project "
						+ engine.projectId() + ".");
			}
			if (!names.add(engine.projectId() + "/" + engine.name())) {
				throw bad("engines[" + index + "].name", Texts.quote(engine.name()) + " appears twice in project "
						+ engine.projectId() + "; names are unique in a project.");
			}
		}
		Set<Integer> jobIds = new HashSet<>();
		for (int index = 0; index < jobs.size(); index++) {
			if (!jobIds.add(jobs.get(index).id())) {
				throw bad("jobs[" + index + "].id", jobs.get(index).id() + " appears twice; job ids are unique.");
			}
		}
	}

	private static void checkLatestJobs(List<Engine> engines, List<Job> jobs) {
		for (int index = 0; index < engines.size(); index++) {
			Engine engine = engines.get(index);
			Integer latest = engine.latestJobId();
			if (latest != null && jobs.stream().noneMatch((job) -> job.id() == latest
					&& job.projectId().equals(engine.projectId()) && job.engineId().equals(engine.id()))) {
				throw bad("engines[" + index + "].latestJobId", latest + " names no job of this engine in the document.");
			}
		}
	}

	private static void checkOneRunningJobPerEngine(List<Job> jobs) {
		Map<String, Integer> running = new HashMap<>();
		for (int index = 0; index < jobs.size(); index++) {
			Job job = jobs.get(index);
			if (job.running() && running.put(job.projectId() + "/" + job.engineId(), job.id()) != null) {
				throw bad("jobs[" + index + "].status", "'Executing': another job of engine " + job.engineId()
						+ " is already running; an engine runs one job at a time.");
			}
		}
	}

	private static StateDocument.Engine document(Engine engine) {
		EngineNetwork network = engine.network();
		return new StateDocument.Engine(engine.projectId(), engine.id(), engine.enterpriseProjectId(), engine.name(),
				engine.description(), engine.alias(), engine.flavor(), engine.specType(), engine.authType(),
				engine.payment(), engine.version(), engine.status(), engine.createUser(), engine.createTime(),
				engine.latestJobId(), new StateDocument.Network(network.vpc(), network.vpcId(), network.networkId(),
						network.subnetCidr(), network.publicIpId(), network.azList()),
				new LinkedHashMap<>(engine.inputs()));
	}

	private static StateDocument.Job document(Job job) {
		JobFault fault = job.fault();
		return new StateDocument.Job(job.id(), job.projectId(), job.engineId(), job.plan(), job.status(),
				job.description(), job.createUser(), new LinkedHashMap<>(job.context()), job.startTime(),
				job.endTime(), job.stageMillis(),
				job.stages().stream()
					.map((stage) -> new StateDocument.Stage(stage.status(), stage.startTime(), stage.endTime()))
					.toList(),
				(fault != null) ? new StateDocument.Fault(fault.atStage(), fault.result()) : null);
	}

	private static CseException bad(String path, String problem) {
		return CseException.badRequest("Parameter '" + path + "' " + problem);
	}

	private static <T> T or(@Nullable T value, T otherwise) {
		return Objects.requireNonNullElse(value, otherwise);
	}

}
