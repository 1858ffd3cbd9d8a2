package io.cselocal.web;

/** An engine as a request names it: its project scope and the {@code engine_id} of the path. */
public record EngineRef(ProjectScope scope, String engineId) {

	public String projectId() {
		return this.scope.projectId();
	}

	public String enterpriseProjectId() {
		return this.scope.enterpriseProjectId();
	}

}
