package io.cselocal.engine;

import io.cselocal.job.ListEngineJobsResponse;
import io.cselocal.job.ShowEngineJobResponse;
import io.cselocal.web.CseOperation;
import io.cselocal.web.EngineRef;
import io.cselocal.web.Paging;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The jobs of one engine, under {@code /v2/{project_id}/enginemgr/engines/{engine_id}/jobs}. */
@RestController
@RequestMapping("/v2/{project_id}/enginemgr/engines/{engine_id}/jobs")
class EngineJobsController {

	private final EngineService engines;

	EngineJobsController(EngineService engines) {
		this.engines = engines;
	}

	@GetMapping
	@CseOperation("ListEngineJobs")
	ListEngineJobsResponse list(EngineRef engine,
			@RequestParam(name = "offset", required = false) @Nullable String offset,
			@RequestParam(name = "limit", required = false) @Nullable String limit) {
		return this.engines.listJobs(engine, Paging.of(offset, limit));
	}

	@GetMapping("/{job_id}")
	@CseOperation("ShowEngineJob")
	ShowEngineJobResponse show(EngineRef engine, @PathVariable("job_id") String jobId) {
		return this.engines.showJob(engine, jobId);
	}

}
