package io.cselocal.auth;

import java.util.Set;

import jakarta.servlet.ServletRequest;
import org.jspecify.annotations.Nullable;

/**
 * Who made a request to the emulated API, as far as its credentials tell.
 *
 * @param name the IAM user (for a token, or an access key that names its user), else the access key; recorded as
 * the creator of jobs
 * @param domain the name of the caller's domain (account)
 * @param projects the projects the credentials are for; {@code null} when they do not say (permissive mode with
 * credentials cse-local does not know)
 */
public record Caller(String name, String domain, @Nullable Set<String> projects) {

	private static final String ATTRIBUTE = Caller.class.getName();

	/** Name used when the credentials do not identify a user. */
	public static final Caller ANONYMOUS = new Caller("cse-local");

	public Caller {
		projects = (projects != null) ? Set.copyOf(projects) : null;
	}

	/** A caller in the default domain whose projects are not known. */
	public Caller(String name) {
		this(name, AuthProperties.DEFAULT_DOMAIN, null);
	}

	/** The caller that authentication attached to this request. */
	public static Caller of(ServletRequest request) {
		Object caller = request.getAttribute(ATTRIBUTE);
		return (caller instanceof Caller value) ? value : ANONYMOUS;
	}

	/** Whether the credentials are for the project; credentials of unknown scope are for every project. */
	public boolean holds(String projectId) {
		return this.projects == null || this.projects.contains(projectId);
	}

	void attachTo(ServletRequest request) {
		request.setAttribute(ATTRIBUTE, this);
	}

}
