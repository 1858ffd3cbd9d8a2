package io.cselocal.engine;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.jspecify.annotations.Nullable;

/**
 * The body of CreateEngine ({@code EngineCreateReq}): the fields cse-local uses; the SDK's other fields are read and
 * ignored. The fields with published error codes (name, payment, flavor, specType, azList) are checked by
 * {@link CreateEngineRules}; the constraints here give the rest their {@code SVCSTG.00500400} messages.
 */
record CreateEngineRequest(@Nullable String name,
		@Size(max = 255, message = "must be at most {max} characters") @Nullable String description,
		@Nullable String payment, @Nullable String flavor, @Nullable List<String> azList,
		@NotNull(message = "is required") @Pattern(regexp = "RBAC|NONE", message = "must be RBAC or NONE") String authType,
		@NotBlank(message = "is required") @Size(max = 64, message = "must be at most {max} characters") String vpc,
		@Size(max = 64, message = "must be at most {max} characters") @Nullable String vpcId,
		@NotBlank(message = "is required") @Size(max = 64, message = "must be at most {max} characters") String networkId,
		@NotBlank(message = "is required") @Pattern(regexp = CreateEngineRequest.CIDR,
				message = "must be an IPv4 CIDR block such as 192.168.0.0/24") String subnetCidr,
		@Size(max = 64, message = "must be at most {max} characters") @Nullable String publicIpId,
		@JsonProperty("auth_cred") @Valid @Nullable AuthCredential authCred, @Nullable String specType,
		@Size(max = 32, message = "must have at most {max} entries") @Nullable Map<String, String> inputs,
		@Valid @Nullable EnterpriseProject enterpriseProject) {

	static final String CIDR = "((25[0-5]|2[0-4]\\d|1?\\d?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1?\\d?\\d)/([8-9]|[12]\\d|30)";

	/** {@code auth_cred}: the password of the engine's {@code root} account when RBAC is on. */
	record AuthCredential(@Nullable String pwd) {
	}

	/** The enterprise project the engine joins, when the {@code X-Enterprise-Project-ID} header does not say. */
	record EnterpriseProject(@Size(max = 64, message = "must be at most {max} characters") @Nullable String id,
			@Nullable String name) {
	}

}
