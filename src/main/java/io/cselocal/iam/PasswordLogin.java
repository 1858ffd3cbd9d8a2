package io.cselocal.iam;

import org.jspecify.annotations.Nullable;

/**
 * What a {@code POST /v3/auth/tokens} body asks for: a user's password identity and a project scope. Its
 * {@code toString()} hides the password.
 *
 * @param domain the name of the user's domain, or {@code null} when the body names the domain by id
 * @param domainId the id of the user's domain, or {@code null} when the body names the domain by name
 * @param userName the user name
 * @param password the password (a secret)
 * @param projectId the project to scope the token to by id, or {@code null}
 * @param projectName the project to scope the token to by name, or {@code null}
 */
record PasswordLogin(@Nullable String domain, @Nullable String domainId, String userName, String password,
		@Nullable String projectId, @Nullable String projectName) {

	@Override
	public String toString() {
		return "PasswordLogin[domain=" + this.domain + ", domainId=" + this.domainId + ", userName=" + this.userName
				+ ", password=******, projectId=" + this.projectId + ", projectName=" + this.projectName + "]";
	}

}
