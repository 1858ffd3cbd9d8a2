package io.cselocal.journal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.enums.ParameterIn;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The request journal of the control plane, under {@code /_emulator/requests}. */
@RestController
@RequestMapping("/_emulator/requests")
@Tag(name = "Control plane: request journal")
class JournalController {

	private final Journal journal;

	JournalController(Journal journal) {
		this.journal = journal;
	}

	@GetMapping
	@Operation(operationId = "listRequests", summary = "The requests this instance received on the emulated API, newest first",
			parameters = { @Parameter(in = ParameterIn.QUERY, name = "operation", example = "UpgradeEngine"),
					@Parameter(in = ParameterIn.QUERY, name = "project_id"),
					@Parameter(in = ParameterIn.QUERY, name = "engine_id"),
					@Parameter(in = ParameterIn.QUERY, name = "status", description = "HTTP status, e.g. 400"),
					@Parameter(in = ParameterIn.QUERY, name = "limit", description = "at most this many") })
	Listing find(HttpServletRequest request) {
		JournalQuery query = JournalQuery.of(request.getParameterMap(), this.journal.capacity());
		return new Listing(this.journal.capacity(), this.journal.find(query, query.limit()));
	}

	@DeleteMapping
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "clearRequests", summary = "Forget every journaled request")
	void clear() {
		this.journal.clearAll();
	}

	/** The answer of {@code GET /_emulator/requests}. */
	record Listing(int capacity, List<JournalEntry> requests) {
	}

}
