package io.cselocal.engine;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.cselocal.error.CseException;
import io.cselocal.job.JobService;
import io.cselocal.job.ListEngineJobsResponse;
import io.cselocal.job.ShowEngineJobResponse;
import io.cselocal.web.EngineRef;
import io.cselocal.web.Paging;
import io.cselocal.web.ProjectScope;
import io.cselocal.web.Texts;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/** The read operations on engines and their jobs. */
@Service
public class EngineService {

	/** The enterprise-project header value that lists the engines of every enterprise project. */
	static final String ALL_ENTERPRISE_PROJECTS = "all_granted_eps";

	private final EngineAccess access;

	private final EngineStore engines;

	private final JobService jobs;

	private final EngineViews views;

	EngineService(EngineAccess access, EngineStore engines, JobService jobs, EngineViews views) {
		this.access = access;
		this.engines = engines;
		this.jobs = jobs;
		this.views = views;
	}

	/** ShowEngine. */
	public ShowEngineResponse show(EngineRef ref) {
		return show(ref, LimitFormat.NUMBERS);
	}

	/** ShowEngine, with the engine's limits written as the client reads them. */
	public ShowEngineResponse show(EngineRef ref, LimitFormat limits) {
		this.access.settle(ref.scope());
		return this.views.show(this.access.require(ref), limits);
	}

	/** ListEngines: a page of the project's engines of a type, newest first, with the total. */
	public EngineSimpleInfo.ListEnginesResponse list(ProjectScope scope, @Nullable String type, Paging paging,
			LimitFormat limits) {
		List<String> specTypes = specTypes(type);
		this.access.settle(scope);
		String enterpriseProject = ALL_ENTERPRISE_PROJECTS.equals(scope.enterpriseProjectId()) ? null
				: scope.enterpriseProjectId();
		List<EngineSimpleInfo> page = this.engines
			.list(scope.projectId(), enterpriseProject, specTypes, paging.offset(), paging.limit())
			.stream()
			.map((engine) -> this.views.simple(engine, limits))
			.toList();
		return new EngineSimpleInfo.ListEnginesResponse(
				this.engines.countList(scope.projectId(), enterpriseProject, specTypes), page);
	}

	/** ShowEngineJob. */
	public ShowEngineJobResponse showJob(EngineRef ref, String jobId) {
		int id = JobService.parseJobId(jobId);
		long now = this.access.settle(ref.scope());
		Engine engine = this.access.require(ref);
		return this.jobs.show(ref.projectId(), engine.id(), engine.name(), id, now);
	}

	/** ListEngineJobs: a page of the engine's jobs, newest first, with the total. */
	public ListEngineJobsResponse listJobs(EngineRef ref, Paging paging) {
		long now = this.access.settle(ref.scope());
		Engine engine = this.access.require(ref);
		return this.jobs.list(ref.projectId(), engine.id(), engine.name(), paging.offset(), paging.limit(), now);
	}

	/** The spec types a ListEngines {@code type} selects ({@code ALL} or absent: every one). */
	private static List<String> specTypes(@Nullable String type) {
		if (type == null || type.isEmpty() || type.equalsIgnoreCase("ALL")) {
			return Arrays.stream(Flavor.SpecType.values()).map(Enum::name).toList();
		}
		if (type.equalsIgnoreCase("CSE_Share")) {
			return List.of("");
		}
		return Arrays.stream(Flavor.SpecType.values())
			.filter((spec) -> spec.listType().toLowerCase(Locale.ROOT).equals(type.toLowerCase(Locale.ROOT)))
			.map(Enum::name)
			.findFirst()
			.map(List::of)
			.orElseThrow(() -> CseException.badRequest("Parameter 'type' " + Texts.quote(type)
					+ " must be one of ALL, CSE, CSE_Share, Nacos, MicroGateway."));
	}

}
