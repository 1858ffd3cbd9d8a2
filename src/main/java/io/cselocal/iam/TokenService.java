package io.cselocal.iam;

import java.util.List;
import java.util.Objects;

import io.cselocal.auth.AuthProperties;
import io.cselocal.auth.AuthProperties.User;
import io.cselocal.auth.Directory;
import io.cselocal.auth.IamTime;
import io.cselocal.auth.IssuedToken;
import io.cselocal.clock.EmulatorClock;
import io.cselocal.error.CseException;
import io.cselocal.web.Texts;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;

/**
 * IAM's password tokens: checks the user's password and the project scope, stores the new token (its hash) and
 * describes it as IAM does. Tokens last {@code cselocal.auth.token-lifetime} of the emulator's clock.
 */
@Service
class TokenService {

	static final String ROLE = "te_admin";

	private final TokenRequestReader reader;

	private final Directory directory;

	private final ProjectDirectory projects;

	private final TokenStore store;

	private final EmulatorClock clock;

	private final AuthProperties settings;

	TokenService(TokenRequestReader reader, Directory directory, ProjectDirectory projects, TokenStore store,
			EmulatorClock clock, AuthProperties settings) {
		this.reader = reader;
		this.directory = directory;
		this.projects = projects;
		this.store = store;
		this.clock = clock;
		this.settings = settings;
	}

	/** A new token for the body's user and project; its body has the catalog unless {@code withCatalog} is off. */
	Issued issue(byte @Nullable [] body, boolean withCatalog, String baseUrl) {
		PasswordLogin login = this.reader.read(body);
		User user = authenticate(login);
		String projectId = scope(user, login);
		long now = this.clock.now();
		IssuedToken issued = new IssuedToken(user.name(), user.domain(), projectId,
				now + this.settings.tokenLifetime().toMillis());
		String token = this.store.newToken();
		this.store.purgeExpiredBefore(now - this.settings.tokenLifetime().toMillis());
		this.store.insert(token, issued, now);
		return new Issued(token, describe(user, issued, now, withCatalog ? catalog(baseUrl) : null));
	}

	private User authenticate(PasswordLogin login) {
		return this.directory.users()
			.stream()
			.filter((user) -> user.name().equals(login.userName()) && inDomain(user, login))
			.filter((user) -> Directory.passwordMatches(user, login.password()))
			.findFirst()
			.orElseThrow(() -> CseException.iam(HttpStatus.UNAUTHORIZED, "The username or password is wrong."));
	}

	private static boolean inDomain(User user, PasswordLogin login) {
		return (login.domain() != null) ? user.domain().equals(login.domain())
				: IamIds.domain(user.domain()).equals(login.domainId());
	}

	/** The project the token is for: one the user holds, named by id or by name. */
	private String scope(User user, PasswordLogin login) {
		if (login.projectId() != null) {
			if (!user.projects().contains(login.projectId())) {
				throw noAccess(user, "project " + Texts.quote(login.projectId()));
			}
			return login.projectId();
		}
		String name = Objects.requireNonNull(login.projectName(), "the reader gives an id or a name");
		List<String> named = this.projects.named(name, user.projects());
		if (named.isEmpty()) {
			throw noAccess(user, "a project named " + Texts.quote(name));
		}
		if (named.size() > 1) {
			throw TokenRequestReader.invalid("the user holds several projects named " + Texts.quote(name) + " ("
					+ String.join(", ", named) + "): scope the token by 'auth.scope.project.id', or name the projects "
					+ "in cselocal.auth.projects");
		}
		return named.get(0);
	}

	private static CseException noAccess(User user, String project) {
		return CseException.iam(HttpStatus.UNAUTHORIZED,
				"The user " + Texts.quote(user.name()) + " has no access to " + project + ".");
	}

	private TokenResponse describe(User user, IssuedToken issued, long now,
			@Nullable List<TokenResponse.Service> catalog) {
		TokenResponse.Domain domain = new TokenResponse.Domain(IamIds.domain(user.domain()), user.domain());
		TokenResponse.Project project = new TokenResponse.Project(issued.projectId(),
				this.projects.name(issued.projectId()), domain);
		TokenResponse.User owner = new TokenResponse.User(IamIds.user(user.domain(), user.name()), user.name(), domain,
				"");
		return new TokenResponse(new TokenResponse.Token(IamTime.format(issued.expiresAt()), IamTime.format(now),
				List.of("password"), project, owner, List.of(new TokenResponse.Role(IamIds.role(ROLE), ROLE)),
				catalog));
	}

	/** One service, CSE, whose public endpoint is this emulator. */
	private List<TokenResponse.Service> catalog(String baseUrl) {
		String region = this.projects.region();
		TokenResponse.Endpoint endpoint = new TokenResponse.Endpoint(IamIds.of("endpoint", "cse/" + region), "public",
				region, region, baseUrl);
		return List.of(new TokenResponse.Service("cse", IamIds.of("service", "cse"), "cse", List.of(endpoint)));
	}

	/** A new token and its description; the token goes in {@code X-Subject-Token}, never in a body or a log. */
	record Issued(String token, TokenResponse body) {

		@Override
		public String toString() {
			return "Issued[token=******, body=" + this.body + "]";
		}

	}

}
