package io.cselocal.job;

import java.util.List;

/**
 * What each kind of job does: its type and its stages, each a named phase with the steps a CSE user sees in
 * {@code ShowEngineJob} ({@code tasks[].taskName}, {@code tasks[].tasks[].taskName}).
 */
public enum JobPlan {

	CREATE(JobType.Create, "Create engine %s",
			stage("resourcePrepare", "Prepare the tenant resources", "TenantTaskExecutor", "NetworkTaskExecutor"),
			stage("engineDeploy", "Deploy the service center and config center", "ClusterTaskExecutor",
					"ServiceCenterTaskExecutor", "ConfigCenterTaskExecutor"),
			stage("enginePostCheck", "Check the new engine", "HealthCheckTaskExecutor")),

	UPGRADE(JobType.Upgrade, "Upgrade engine %s",
			stage("upgradePreCheck", "Check the engine and the upgrade path", "EngineStatusCheckExecutor",
					"UpgradePathCheckExecutor", "DataBackupExecutor"),
			stage("upgradeFirstInstance", "Rolling upgrade of the first instance", "InstanceDrainExecutor",
					"InstanceUpgradeExecutor", "InstanceHealthCheckExecutor"),
			stage("upgradeSecondInstance", "Rolling upgrade of the second instance", "InstanceDrainExecutor",
					"InstanceUpgradeExecutor", "InstanceHealthCheckExecutor"),
			stage("upgradePostCheck", "Check the upgraded engine", "ServiceCenterCheckExecutor",
					"ConfigCenterCheckExecutor")),

	CONFIGURE(JobType.Modify, "Modify the configuration of engine %s",
			stage("configUpdate", "Update the engine configuration", "AuthConfigExecutor"),
			stage("rollingRestart", "Restart the instances one by one", "InstanceRestartExecutor"),
			stage("modifyPostCheck", "Check the engine", "HealthCheckTaskExecutor")),

	RESIZE(JobType.Modify, "Change the flavor of engine %s",
			stage("resourceScale", "Scale the engine resources", "ClusterScaleExecutor", "QuotaUpdateExecutor"),
			stage("rollingRestart", "Restart the instances one by one", "InstanceRestartExecutor"),
			stage("modifyPostCheck", "Check the engine", "HealthCheckTaskExecutor")),

	DELETE(JobType.Delete, "Delete engine %s",
			stage("engineUndeploy", "Remove the service center and config center", "ConfigCenterTaskExecutor",
					"ServiceCenterTaskExecutor"),
			stage("resourceRelease", "Release the tenant resources", "ClusterTaskExecutor", "NetworkTaskExecutor",
					"TenantTaskExecutor"));

	private final JobType type;

	private final String description;

	private final List<StageTemplate> stages;

	JobPlan(JobType type, String description, StageTemplate... stages) {
		this.type = type;
		this.description = description;
		this.stages = List.of(stages);
	}

	public JobType type() {
		return this.type;
	}

	public List<StageTemplate> stages() {
		return this.stages;
	}

	/** The job description for an engine of this name. */
	public String describe(String engineName) {
		return this.description.formatted(engineName);
	}

	private static StageTemplate stage(String name, String description, String... steps) {
		return new StageTemplate(name, description, List.of(steps));
	}

	/** One stage of a plan: its name, what it does, and the names of its steps in order. */
	public record StageTemplate(String name, String description, List<String> steps) {
	}

}
