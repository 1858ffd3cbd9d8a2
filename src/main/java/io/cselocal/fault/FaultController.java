package io.cselocal.fault;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The fault rules of the control plane, under {@code /_emulator/faults}. */
@RestController
@RequestMapping("/_emulator/faults")
@Tag(name = "Control plane: faults")
class FaultController {

	private final FaultService faults;

	FaultController(FaultService faults) {
		this.faults = faults;
	}

	@PostMapping
	@ResponseStatus(HttpStatus.CREATED)
	@Operation(operationId = "addFaultRule", summary = "Add a fault rule", description = "Rules apply in creation order to the calls of their "
			+ "operation (optionally one project and one engine): `times` = the next N matching calls, "
			+ "`probability` with `seed` = a reproducible share of them, neither = every call until deleted.")
	@io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
			content = @Content(schema = @Schema(implementation = FaultRuleRequest.class)))
	FaultRule add(@RequestBody(required = false) byte @Nullable [] body) {
		return this.faults.add(body);
	}

	@GetMapping
	@Operation(operationId = "listFaultRules", summary = "List the fault rules, in creation order")
	FaultRules.Listing list() {
		return new FaultRules.Listing(this.faults.all());
	}

	@DeleteMapping("/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "deleteFaultRule", summary = "Remove one fault rule")
	void remove(@PathVariable("id") String id) {
		this.faults.remove(id);
	}

	@DeleteMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "deleteFaultRules", summary = "Remove every fault rule")
	void removeAll() {
		this.faults.removeAll();
	}

}
