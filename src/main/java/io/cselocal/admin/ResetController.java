package io.cselocal.admin;

import io.cselocal.seed.StartupState;
import io.cselocal.web.PathIds;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Resets of the control plane: everything, or one project. */
@RestController
@Tag(name = "Control plane: reset")
class ResetController {

	private final StartupState state;

	ResetController(StartupState state) {
		this.state = state;
	}

	@PostMapping("/_emulator/reset")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "reset", summary = "Back to the start-up state (seed file or demo engine)", description = "Every engine, "
			+ "job, fault rule and journal entry goes; jobs that were running can never write again.")
	void reset() {
		this.state.reset();
	}

	@DeleteMapping("/_emulator/projects/{project_id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(operationId = "forgetProject", summary = "Forget one project: its engines, jobs, fault rules and journal entries")
	void forgetProject(@PathVariable("project_id") String projectId) {
		this.state.clearProject(PathIds.projectId(projectId));
	}

}
