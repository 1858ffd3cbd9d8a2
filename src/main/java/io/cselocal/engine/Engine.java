package io.cselocal.engine;

import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * An engine as the store keeps it. {@code revision} counts its saves: every change is conditional on it, so two
 * requests acting on one engine at once cannot both win.
 */
public record Engine(String projectId, String id, String enterpriseProjectId, String name, String description,
		@Nullable String alias, String flavor, String specType, String authType, String payment, String version,
		EngineStatus status, String createUser, long createTime, @Nullable Integer latestJobId, EngineNetwork network,
		Map<String, String> inputs, long revision) {

	public Engine {
		inputs = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(inputs));
	}

	/** The engine once a job of its own has started on it. */
	public Engine runningJob(EngineStatus running, int jobId) {
		return new Engine(this.projectId, this.id, this.enterpriseProjectId, this.name, this.description, this.alias,
				this.flavor, this.specType, this.authType, this.payment, this.version, running, this.createUser,
				this.createTime, jobId, this.network, this.inputs, this.revision);
	}

	public Engine withStatus(EngineStatus status) {
		return new Engine(this.projectId, this.id, this.enterpriseProjectId, this.name, this.description, this.alias,
				this.flavor, this.specType, this.authType, this.payment, this.version, status, this.createUser,
				this.createTime, this.latestJobId, this.network, this.inputs, this.revision);
	}

	public Engine withVersion(String version) {
		return new Engine(this.projectId, this.id, this.enterpriseProjectId, this.name, this.description, this.alias,
				this.flavor, this.specType, this.authType, this.payment, version, this.status, this.createUser,
				this.createTime, this.latestJobId, this.network, this.inputs, this.revision);
	}

	public Engine withAuthType(String authType) {
		return new Engine(this.projectId, this.id, this.enterpriseProjectId, this.name, this.description, this.alias,
				this.flavor, this.specType, authType, this.payment, this.version, this.status, this.createUser,
				this.createTime, this.latestJobId, this.network, this.inputs, this.revision);
	}

	public Engine withFlavor(String flavor, Map<String, String> inputs) {
		return new Engine(this.projectId, this.id, this.enterpriseProjectId, this.name, this.description, this.alias,
				flavor, this.specType, this.authType, this.payment, this.version, this.status, this.createUser,
				this.createTime, this.latestJobId, this.network, inputs, this.revision);
	}

	public Engine withDetails(String description, @Nullable String alias) {
		return new Engine(this.projectId, this.id, this.enterpriseProjectId, this.name, description, alias,
				this.flavor, this.specType, this.authType, this.payment, this.version, this.status, this.createUser,
				this.createTime, this.latestJobId, this.network, this.inputs, this.revision);
	}

}
