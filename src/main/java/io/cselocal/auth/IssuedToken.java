package io.cselocal.auth;

import java.util.Set;

/**
 * A token that cse-local's IAM issued, as the gateway needs to know it.
 *
 * @param userName the user it was issued to
 * @param domainName the user's domain
 * @param projectId the one project it is scoped to
 * @param expiresAt when it expires, epoch milliseconds of the emulator's clock
 */
public record IssuedToken(String userName, String domainName, String projectId, long expiresAt) {

	Caller caller() {
		return new Caller(this.userName, this.domainName, Set.of(this.projectId));
	}

}
