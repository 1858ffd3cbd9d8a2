package io.cselocal.engine;

import io.cselocal.auth.Caller;
import io.cselocal.web.CseOperation;
import io.cselocal.web.Paging;
import io.cselocal.web.ProjectScope;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The engines of a project, under {@code /v2/{project_id}/enginemgr/engines}. */
@RestController
@RequestMapping("/v2/{project_id}/enginemgr/engines")
class EnginesController {

	private final EngineService engines;

	private final EngineLifecycle lifecycle;

	EnginesController(EngineService engines, EngineLifecycle lifecycle) {
		this.engines = engines;
		this.lifecycle = lifecycle;
	}

	@GetMapping
	@CseOperation("ListEngines")
	EngineSimpleInfo.ListEnginesResponse list(ProjectScope project,
			@RequestParam(name = "offset", required = false) @Nullable String offset,
			@RequestParam(name = "limit", required = false) @Nullable String limit,
			@RequestParam(name = "type", required = false) @Nullable String type,
			@RequestHeader(name = HttpHeaders.USER_AGENT, required = false) @Nullable String userAgent) {
		return this.engines.list(project, type, Paging.of(offset, limit), LimitFormat.forUserAgent(userAgent));
	}

	@PostMapping
	@CseOperation(value = "CreateEngine", startsJob = true)
	JobAccepted create(ProjectScope project, @RequestBody(required = false) byte @Nullable [] body,
			HttpServletRequest request) {
		return this.lifecycle.create(project, body, Caller.of(request));
	}

}
