package io.cselocal.iam;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** The body of {@code POST /v3/auth/tokens}'s 201, as Huawei Cloud IAM writes it (snake_case, IAM's times). */
record TokenResponse(Token token) {

	/** The catalog is left out when the request asked for {@code nocatalog}. */
	record Token(@JsonProperty("expires_at") String expiresAt, @JsonProperty("issued_at") String issuedAt,
			List<String> methods, Project project, User user, List<Role> roles,
			@JsonInclude(JsonInclude.Include.NON_NULL) @Nullable List<Service> catalog) {
	}

	record Domain(String id, String name) {
	}

	record Project(String id, String name, Domain domain) {
	}

	record User(String id, String name, Domain domain, @JsonProperty("password_expires_at") String passwordExpiresAt) {
	}

	record Role(String id, String name) {
	}

	record Service(String type, String id, String name, List<Endpoint> endpoints) {
	}

	record Endpoint(String id, @JsonProperty("interface") String kind, String region,
			@JsonProperty("region_id") String regionId, String url) {
	}

}
