package io.cselocal.iam;

import io.cselocal.error.CseException;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Reads the body of {@code POST /v3/auth/tokens}. A body that is not a password identity with a project scope is
 * IAM's 400 "The request body is invalid", followed by what is wrong; no message ever quotes the body, which holds a
 * password.
 */
@Component
class TokenRequestReader {

	private final JsonMapper json;

	TokenRequestReader(JsonMapper json) {
		this.json = json;
	}

	PasswordLogin read(byte @Nullable [] body) {
		JsonNode auth = object(parse(body), "auth", "auth");
		JsonNode identity = object(auth, "identity", "auth.identity");
		requirePasswordMethod(identity.get("methods"));
		JsonNode user = object(object(identity, "password", "auth.identity.password"), "user",
				"auth.identity.password.user");
		JsonNode domain = object(user, "domain", "auth.identity.password.user.domain");
		String domainName = optionalText(domain, "name", "auth.identity.password.user.domain.name");
		String domainId = optionalText(domain, "id", "auth.identity.password.user.domain.id");
		if (domainName == null && domainId == null) {
			throw invalid("'auth.identity.password.user.domain' must have a 'name' (or an 'id')");
		}
		String name = text(user, "name", "auth.identity.password.user.name");
		String password = text(user, "password", "auth.identity.password.user.password");
		JsonNode project = projectScope(auth);
		String projectId = optionalText(project, "id", "auth.scope.project.id");
		String projectName = optionalText(project, "name", "auth.scope.project.name");
		if (projectId == null && projectName == null) {
			throw invalid("'auth.scope.project' must have an 'id' or a 'name'");
		}
		return new PasswordLogin(domainName, domainId, name, password, projectId, projectName);
	}

	static CseException invalid(String detail) {
		return CseException.iam(HttpStatus.BAD_REQUEST, "The request body is invalid: " + detail + ".");
	}

	private JsonNode parse(byte @Nullable [] body) {
		if (body == null || body.length == 0) {
			throw invalid("it is empty; a JSON object with 'auth' is required");
		}
		JsonNode root;
		try {
			root = this.json.readTree(body);
		}
		catch (JacksonException notJson) {
			throw invalid("it is not valid JSON");
		}
		if (root == null || !root.isObject()) {
			throw invalid("it must be a JSON object with 'auth'");
		}
		return root;
	}

	private static void requirePasswordMethod(@Nullable JsonNode methods) {
		if (methods == null || !methods.isArray() || methods.isEmpty()) {
			throw invalid("'auth.identity.methods' must be a non-empty array, e.g. [\"password\"]");
		}
		for (JsonNode method : methods.values()) {
			if (!method.isString() || !"password".equals(method.stringValue())) {
				throw invalid("'auth.identity.methods' may only hold \"password\": cse-local issues tokens for "
						+ "password identities only");
			}
		}
	}

	private static JsonNode projectScope(JsonNode auth) {
		JsonNode scope = object(auth, "scope", "auth.scope");
		JsonNode project = scope.get("project");
		if (project == null && scope.get("domain") != null) {
			throw invalid("'auth.scope' names a domain; cse-local issues project-scoped tokens only (CSE is a "
					+ "project-level service): use 'auth.scope.project'");
		}
		return object(scope, "project", "auth.scope.project");
	}

	private static JsonNode object(@Nullable JsonNode parent, String field, String path) {
		JsonNode node = (parent != null) ? parent.get(field) : null;
		if (node == null || node.isNull()) {
			throw invalid("'" + path + "' is missing");
		}
		if (!node.isObject()) {
			throw invalid("'" + path + "' must be a JSON object");
		}
		return node;
	}

	private static String text(JsonNode parent, String field, String path) {
		String value = optionalText(parent, field, path);
		if (value == null) {
			throw invalid("'" + path + "' is missing");
		}
		return value;
	}

	private static @Nullable String optionalText(JsonNode parent, String field, String path) {
		JsonNode node = parent.get(field);
		if (node == null || node.isNull()) {
			return null;
		}
		if (!node.isString() || node.stringValue().isEmpty()) {
			throw invalid("'" + path + "' must be a non-empty string");
		}
		return node.stringValue();
	}

}
