package io.cselocal.admin;

import io.cselocal.seed.StateDocument;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** All state as one document, under {@code /_emulator/state}: the format of {@code cselocal.seed-file}. */
@RestController
@RequestMapping("/_emulator/state")
@Tag(name = "Control plane: state")
class StateController {

	private final StateService state;

	StateController(StateService state) {
		this.state = state;
	}

	@GetMapping
	@Operation(operationId = "exportState", summary = "Export every engine and job, with jobs brought up to the emulator's clock")
	StateDocument export() {
		return this.state.export();
	}

	@PutMapping
	@Operation(operationId = "importState", summary = "Replace all state with a document", description = "The document is checked whole first; "
			+ "a problem is a 400 naming its JSON path, and nothing changes. Fault rules and the journal are "
			+ "cleared, as on a reset.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			content = @Content(schema = @Schema(implementation = StateDocument.class)))
	StateDocument replace(@RequestBody(required = false) byte @Nullable [] body) {
		return this.state.replace(body);
	}

}
