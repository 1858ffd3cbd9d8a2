package io.cselocal.seed;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.cselocal.engine.EngineStatus;
import io.cselocal.job.JobFault;
import io.cselocal.job.JobPlan;
import io.cselocal.job.JobStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * All of cse-local's engines and jobs as one JSON document: what {@code GET /_emulator/state} exports,
 * {@code PUT /_emulator/state} imports and {@code cselocal.seed-file} holds. Statuses are the wire strings. On
 * import, the fields an engine can do without take the values a new engine gets.
 */
public record StateDocument(@NotNull(message = "is required") @Valid @Nullable List<@NotNull(
		message = "must be an engine object") @Valid Engine> engines,
		@NotNull(message = "is required") @Valid @Nullable List<@NotNull(
				message = "must be a job object") @Valid Job> jobs) {

	static final String ID = "[A-Za-z0-9_-]{1,64}";

	static final String ID_RULE = "must be 1 to 64 letters, digits, hyphens or underscores";

	/** An engine; {@code latestJobId} names a job of this engine in the same document. */
	@JsonInclude(JsonInclude.Include.ALWAYS)
	public record Engine(
			@NotNull(message = "is required") @Pattern(regexp = ID, message = ID_RULE) @Nullable String projectId,
			@NotNull(message = "is required") @Size(min = 1, max = 64,
					message = "must be 1 to 64 characters") @Nullable String id,
			@Pattern(regexp = ID, message = ID_RULE) @Nullable String enterpriseProjectId,
			@Size(min = 1, max = 64, message = "must be 1 to 64 characters") @Nullable String name,
			@Size(max = 1024, message = "must be at most {max} characters") @Nullable String description,
			@Size(max = 256, message = "must be at most {max} characters") @Nullable String alias,
			@Nullable String flavor,
			@Pattern(regexp = "CSE2|Nacos2|MicroGateway",
					message = "must be CSE2, Nacos2 or MicroGateway") @Nullable String specType,
			@Pattern(regexp = "RBAC|NONE", message = "must be RBAC or NONE") @Nullable String authType,
			@Size(min = 1, max = 24, message = "must be 1 to 24 characters") @Nullable String payment,
			@Pattern(regexp = "\\d{1,6}(\\.\\d{1,6}){0,3}",
					message = "must be one to four dot-separated numbers, such as 2.4.0") @Nullable String version,
			@Nullable EngineStatus status,
			@Size(min = 1, max = 128, message = "must be 1 to 128 characters") @Nullable String createUser,
			@PositiveOrZero(message = "must be epoch milliseconds, 0 or more") @Nullable Long createTime,
			@Min(value = 1, message = "must be a positive job id") @Nullable Integer latestJobId,
			@Valid @Nullable Network network, @Nullable Map<String, String> inputs) {
	}

	/** Where an engine lives. */
	public record Network(@Size(max = 256, message = "must be at most {max} characters") @Nullable String vpc,
			@Size(max = 256, message = "must be at most {max} characters") @Nullable String vpcId,
			@Size(max = 256, message = "must be at most {max} characters") @Nullable String networkId,
			@Size(max = 64, message = "must be at most {max} characters") @Nullable String subnetCidr,
			@Size(max = 256, message = "must be at most {max} characters") @Nullable String publicIpId,
			@Nullable List<@NotBlank(message = "must not be blank") String> azList) {
	}

	/** A job of an engine in the same document; its stages match its plan, one entry per stage. */
	public record Job(
			@NotNull(message = "is required") @Min(value = 1, message = "must be a positive job id") @Nullable Integer id,
			@NotNull(message = "is required") @Pattern(regexp = ID, message = ID_RULE) @Nullable String projectId,
			@NotNull(message = "is required") @Size(min = 1, max = 64,
					message = "must be 1 to 64 characters") @Nullable String engineId,
			@NotNull(message = "is required") @Nullable JobPlan plan,
			@NotNull(message = "is required") @Nullable JobStatus status,
			@Size(max = 1024, message = "must be at most {max} characters") @Nullable String description,
			@Size(min = 1, max = 128, message = "must be 1 to 128 characters") @Nullable String createUser,
			@Nullable Map<String, String> context,
			@NotNull(message = "is required") @PositiveOrZero(
					message = "must be epoch milliseconds, 0 or more") @Nullable Long startTime,
			@PositiveOrZero(message = "must be epoch milliseconds, 0 or more") @Nullable Long endTime,
			@NotNull(message = "is required") @PositiveOrZero(
					message = "must be 0 or more") @Max(value = 31_536_000_000L,
							message = "must be at most a year") @Nullable Long stageMillis,
			@NotNull(message = "is required") @Valid @Nullable List<@NotNull(
					message = "must be a stage object") @Valid Stage> stages,
			@Valid @Nullable Fault fault) {
	}

	/** Where one stage of a job stands. */
	public record Stage(@NotNull(message = "is required") @Nullable JobStatus status,
			@NotNull(message = "is required") @PositiveOrZero(
					message = "must be epoch milliseconds, 0 or more") @Nullable Long startTime,
			@NotNull(message = "is required") @PositiveOrZero(
					message = "must be epoch milliseconds, 0 or more") @Nullable Long endTime) {
	}

	/** A failure planned for a job: at stage {@code atStage} (from 1) it ends in {@code result}. */
	public record Fault(@NotNull(message = "is required") @Min(value = 1,
			message = "must be at least 1 (stages count from 1)") @Nullable Integer atStage,
			@NotNull(message = "is required") JobFault.@Nullable Result result) {
	}

}
