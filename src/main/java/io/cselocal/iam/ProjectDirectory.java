package io.cselocal.iam;

import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;

import io.cselocal.auth.AuthProperties;
import io.cselocal.auth.Caller;
import io.cselocal.auth.Directory;
import io.cselocal.engine.CloudProperties;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * Project names, as IAM scopes and lists projects by name. Huawei Cloud names a region's default project after the
 * region, so a project that {@code cselocal.auth.projects} does not name is named {@code cselocal.region}.
 */
@Component
class ProjectDirectory {

	private final Directory directory;

	private final String region;

	ProjectDirectory(Directory directory, CloudProperties cloud) {
		this.directory = directory;
		this.region = cloud.region();
	}

	String name(String projectId) {
		return this.directory.namedProjects()
			.stream()
			.filter((project) -> project.id().equals(projectId) && project.name() != null)
			.map(AuthProperties.Project::name)
			.findFirst()
			.orElse(this.region);
	}

	/** Of {@code projectIds}, those named {@code name}, in order. */
	List<String> named(String name, Collection<String> projectIds) {
		return projectIds.stream().filter((id) -> name(id).equals(name)).toList();
	}

	/** Every project the settings mention. */
	Collection<String> all() {
		return this.directory.projectIds();
	}

	/**
	 * IAM's project list for a caller: the projects its credentials are for (every project the settings mention
	 * when they do not say), those named {@code name} only if it is given.
	 */
	ProjectsResponse list(Caller caller, @Nullable String name, String baseUrl) {
		Collection<String> held = (caller.projects() != null) ? caller.projects() : all();
		List<String> ids = (name != null) ? named(name, held) : List.copyOf(held);
		String domainId = IamIds.domain(caller.domain());
		String self = baseUrl + "/v3/projects";
		List<ProjectsResponse.Project> projects = ids.stream()
			.sorted()
			.map((id) -> new ProjectsResponse.Project(false, "", new ProjectsResponse.Links(self + "/" + id, null, null),
					true, id, domainId, domainId, name(id)))
			.toList();
		String query = (name != null) ? "?name=" + UriUtils.encodeQueryParam(name, StandardCharsets.UTF_8) : "";
		return new ProjectsResponse(new ProjectsResponse.Links(self + query, null, null), projects);
	}

	String region() {
		return this.region;
	}

}
