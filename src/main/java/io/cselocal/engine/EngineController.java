package io.cselocal.engine;

import io.cselocal.auth.Caller;
import io.cselocal.job.ShowEngineJobResponse;
import io.cselocal.web.CseOperation;
import io.cselocal.web.EngineRef;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The operations on one engine, under {@code /v2/{project_id}/enginemgr/engines/{engine_id}}. */
@RestController
@RequestMapping("/v2/{project_id}/enginemgr/engines/{engine_id}")
class EngineController {

	private final EngineService engines;

	EngineController(EngineService engines) {
		this.engines = engines;
	}

	@GetMapping
	@CseOperation("ShowEngine")
	ShowEngineResponse show(EngineRef engine) {
		return this.engines.show(engine);
	}

	@PutMapping("/upgrade")
	@CseOperation(value = "UpgradeEngine", startsJob = true)
	JobAccepted upgrade(EngineRef engine, @RequestBody(required = false) byte @Nullable [] body,
			HttpServletRequest request) {
		return this.engines.upgrade(engine, body, Caller.of(request));
	}

	@PutMapping("/actions")
	@CseOperation(value = "RetryEngine", startsJob = true)
	JobAccepted retry(EngineRef engine, @RequestBody(required = false) byte @Nullable [] body,
			HttpServletRequest request) {
		return this.engines.retry(engine, body, Caller.of(request));
	}

	@GetMapping("/jobs/{job_id}")
	@CseOperation("ShowEngineJob")
	ShowEngineJobResponse job(EngineRef engine, @PathVariable("job_id") String jobId) {
		return this.engines.showJob(engine, jobId);
	}

}
