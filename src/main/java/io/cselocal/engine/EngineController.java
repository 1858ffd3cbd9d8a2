package io.cselocal.engine;

import io.cselocal.auth.Caller;
import io.cselocal.web.CseOperation;
import io.cselocal.web.EngineRef;
import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The operations on one engine, under {@code /v2/{project_id}/enginemgr/engines/{engine_id}}. Bodies arrive raw:
 * the services read them only once the engine is known to exist, the order in which the rules are checked.
 */
@RestController
@RequestMapping("/v2/{project_id}/enginemgr/engines/{engine_id}")
class EngineController {

	private final EngineService engines;

	private final EngineLifecycle lifecycle;

	private final EngineActions actions;

	EngineController(EngineService engines, EngineLifecycle lifecycle, EngineActions actions) {
		this.engines = engines;
		this.lifecycle = lifecycle;
		this.actions = actions;
	}

	@GetMapping
	@CseOperation("ShowEngine")
	ShowEngineResponse show(EngineRef engine,
			@RequestHeader(name = HttpHeaders.USER_AGENT, required = false) @Nullable String userAgent) {
		return this.engines.show(engine, LimitFormat.forUserAgent(userAgent));
	}

	@PutMapping
	@CseOperation("UpdateEngine")
	ResponseEntity<Void> update(EngineRef engine, @RequestBody(required = false) byte @Nullable [] body) {
		this.lifecycle.update(engine, body);
		return ResponseEntity.ok().build();
	}

	@DeleteMapping
	@CseOperation(value = "DeleteEngine", startsJob = true)
	JobAccepted delete(EngineRef engine, HttpServletRequest request) {
		return this.lifecycle.delete(engine, Caller.of(request));
	}

	@PutMapping("/upgrade")
	@CseOperation(value = "UpgradeEngine", startsJob = true)
	JobAccepted upgrade(EngineRef engine, @RequestBody(required = false) byte @Nullable [] body,
			HttpServletRequest request) {
		return this.actions.upgrade(engine, body, Caller.of(request));
	}

	@PutMapping("/config")
	@CseOperation(value = "UpgradeEngineConfig", startsJob = true)
	JobAccepted configure(EngineRef engine, @RequestBody(required = false) byte @Nullable [] body,
			HttpServletRequest request) {
		return this.actions.configure(engine, body, Caller.of(request));
	}

	@PutMapping("/resize")
	@CseOperation(value = "ResizeEngine", startsJob = true)
	ResizeAccepted resize(EngineRef engine, @RequestBody(required = false) byte @Nullable [] body,
			HttpServletRequest request) {
		return this.actions.resize(engine, body, Caller.of(request));
	}

	@PutMapping("/actions")
	@CseOperation(value = "RetryEngine", startsJob = true)
	JobAccepted retry(EngineRef engine, @RequestBody(required = false) byte @Nullable [] body,
			HttpServletRequest request) {
		return this.actions.retry(engine, body, Caller.of(request));
	}

}
