package io.cselocal.auth;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.cselocal.auth.AuthProperties.AccessKey;
import io.cselocal.auth.AuthProperties.User;

import org.springframework.stereotype.Component;

/** The configured users and AK/SK pairs, looked up as IAM and the gateway need them. */
@Component
public class Directory {

	private final AuthProperties settings;

	Directory(AuthProperties settings) {
		this.settings = settings;
	}

	/** Every configured user. */
	public List<User> users() {
		return this.settings.users();
	}

	/** The user named {@code name} in the domain named {@code domain}, if that user exists. */
	public Optional<User> user(String domain, String name) {
		return this.settings.users()
			.stream()
			.filter((user) -> user.domain().equals(domain) && user.name().equals(name))
			.findFirst();
	}

	/** Whether {@code password} is the user's, compared in constant time. */
	public static boolean passwordMatches(User user, String password) {
		return Secrets.equal(user.password(), password);
	}

	/** The configured pair with this access key. */
	public Optional<AccessKey> accessKey(String accessKey) {
		return this.settings.accessKeys().stream().filter((key) -> key.accessKey().equals(accessKey)).findFirst();
	}

	/** The domain an access key's user is in; the default domain if its user is not configured. */
	public String domainOf(AccessKey key) {
		return this.settings.users()
			.stream()
			.filter((user) -> user.name().equals(key.owner()))
			.map(User::domain)
			.findFirst()
			.orElse(AuthProperties.DEFAULT_DOMAIN);
	}

	/** Every project id that the settings name: listed projects, then those of users and access keys. */
	public Set<String> projectIds() {
		Set<String> ids = new LinkedHashSet<>();
		this.settings.projects().forEach((project) -> ids.add(project.id()));
		this.settings.users().forEach((user) -> ids.addAll(user.projects()));
		this.settings.accessKeys().forEach((key) -> ids.addAll(key.projects()));
		return ids;
	}

	/** The configured projects with names, in order. */
	public List<AuthProperties.Project> namedProjects() {
		return this.settings.projects();
	}

}
