package io.cselocal.admin;

import io.cselocal.engine.ShowEngineResponse;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** Engines put straight into a state, under {@code /_emulator/projects/{project_id}/engines/{engine_id}}. */
@RestController
@Tag(name = "Control plane: engines")
class EngineAdminController {

	private final EngineAdminService engines;

	EngineAdminController(EngineAdminService engines) {
		this.engines = engines;
	}

	@PutMapping("/_emulator/projects/{project_id}/engines/{engine_id}")
	@Operation(operationId = "putEngine", summary = "Create an engine, or put it into a given state",
			description = "Sets the given fields; an absent engine is created with the demo engine's settings, "
					+ "Available, at the newest version. A job still running on the engine is stopped (it ends in "
					+ "Error now). Answers the engine as ShowEngine shows it.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			content = @Content(schema = @Schema(implementation = EnginePutRequest.class)))
	ShowEngineResponse put(@PathVariable("project_id") String projectId, @PathVariable("engine_id") String engineId,
			@RequestBody(required = false) byte @Nullable [] body) {
		return this.engines.put(projectId, engineId, body);
	}

}
