package io.cselocal.iam;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import org.jspecify.annotations.Nullable;

/** The body of {@code GET /v3/projects}, as Huawei Cloud IAM (Keystone) writes it. */
record ProjectsResponse(Links links, List<Project> projects) {

	record Links(String self, @JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String previous,
			@JsonInclude(JsonInclude.Include.ALWAYS) @Nullable String next) {
	}

	record Project(@JsonProperty("is_domain") boolean isDomain, String description, Links links, boolean enabled,
			String id, @JsonProperty("parent_id") String parentId, @JsonProperty("domain_id") String domainId,
			String name) {
	}

}
