package io.cselocal.engine;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

import io.cselocal.error.CseException;
import io.cselocal.web.Texts;
import org.jspecify.annotations.Nullable;

/**
 * The checks of CreateEngine that have published error codes, in the order the API reference lists the fields:
 * each answers with the published code and sentence, followed by what exactly was wrong.
 */
final class CreateEngineRules {

	static final String BAD_NAME = "SVCSTG.00501201";

	static final String DUPLICATE_NAME = "SVCSTG.00501111";

	static final String QUOTA = "SVCSTG.00501112";

	static final String BAD_PAYMENT = "SVCSTG.00501103";

	static final String BAD_FLAVOR = "SVCSTG.00501104";

	static final String BAD_ZONES = "SVCSTG.00501105";

	static final String BAD_SPEC_TYPE = "SVCSTG.00501134";

	private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9-]{1,22}[A-Za-z0-9]");

	private static final String NAME_RULE = "The name must contain 3 to 24 characters, including letters, digits, and "
			+ "hyphens (-), start with a letter and not end with a hyphen";

	private static final String SPECIALS = "-~!@#%^*_=+?$&()|<>{}[]";

	private CreateEngineRules() {
	}

	/** Checks name, payment, spec type, flavor and zones, in that order. */
	static Checked check(CreateEngineRequest request) {
		String name = name(request.name());
		payment(request.payment());
		Flavor.SpecType specType = specType(request.specType());
		Flavor flavor = flavor(request.flavor(), specType);
		zones(request.azList(), specType);
		return new Checked(name, specType, flavor);
	}

	/** What the checks established. */
	record Checked(String name, Flavor.SpecType specType, Flavor flavor) {
	}

	static String name(@Nullable String name) {
		if (name == null || name.isEmpty()) {
			throw CseException.rejected(BAD_NAME, NAME_RULE + "; the name is missing.");
		}
		if (!NAME.matcher(name).matches()) {
			throw CseException.rejected(BAD_NAME, NAME_RULE + "; got " + Texts.quote(name) + ".");
		}
		if (name.equalsIgnoreCase("default")) {
			throw CseException.rejected(BAD_NAME, "The name 'default' is reserved.");
		}
		return name;
	}

	static void payment(@Nullable String payment) {
		if (!"1".equals(payment)) {
			throw CseException.rejected(BAD_PAYMENT, "Engine payment is empty or is invalid: only \"1\" (pay per use) "
					+ "is supported" + ((payment == null) ? "." : ", got " + Texts.quote(payment) + "."));
		}
	}

	static Flavor.SpecType specType(@Nullable String specType) {
		if (specType == null || specType.isBlank()) {
			throw CseException.rejected(BAD_SPEC_TYPE, "The engine type is left blank: specType must be one of "
					+ Arrays.toString(Flavor.SpecType.values()) + ".");
		}
		return Flavor.SpecType.find(specType)
			.orElseThrow(() -> CseException.rejected(BAD_SPEC_TYPE, "The engine type " + Texts.quote(specType)
					+ " is invalid: specType must be one of " + Arrays.toString(Flavor.SpecType.values()) + "."));
	}

	static Flavor flavor(@Nullable String flavor, Flavor.SpecType specType) {
		List<String> offered = Arrays.stream(Flavor.values())
			.filter((candidate) -> candidate.specType() == specType)
			.map(Flavor::id)
			.toList();
		return Flavor.find((flavor != null) ? flavor : "")
			.filter((found) -> found.specType() == specType)
			.orElseThrow(() -> CseException.rejected(BAD_FLAVOR,
					"Incorrect format of the engine instance specifications: "
							+ ((flavor == null) ? "flavor is missing" : Texts.quote(flavor) + " is not a flavor of "
									+ specType)
							+ "; flavors of " + specType + ": " + String.join(", ", offered) + "."));
	}

	static void zones(@Nullable List<String> zones, Flavor.SpecType specType) {
		if (zones == null && specType != Flavor.SpecType.CSE2) {
			return;
		}
		if (zones == null || zones.isEmpty() || zones.size() > 3
				|| zones.stream().anyMatch((zone) -> zone == null || zone.isBlank() || zone.length() > 64)) {
			throw CseException.rejected(BAD_ZONES, "Incorrect AZ format: azList must hold 1 to 3 availability zone "
					+ "names" + ((zones == null) ? ", and is missing." : ", got " + zones.size() + " entries."));
		}
	}

	/** The password of the {@code root} account of an RBAC engine, by the rules of the CSE console. */
	static void password(CreateEngineRequest request) {
		if (!"RBAC".equals(request.authType())) {
			return;
		}
		String password = (request.authCred() != null) ? request.authCred().pwd() : null;
		if (password == null || password.isEmpty()) {
			throw CseException.badRequest("Parameter 'auth_cred.pwd' is required when authType is RBAC.");
		}
		String problem = passwordProblem(password);
		if (problem != null) {
			throw CseException.badRequest("Parameter 'auth_cred.pwd' " + problem + ".");
		}
	}

	static @Nullable String passwordProblem(String password) {
		if (password.length() < 8 || password.length() > 32) {
			return "must be 8 to 32 characters";
		}
		char first = password.charAt(0);
		if (!((first >= 'a' && first <= 'z') || (first >= 'A' && first <= 'Z'))) {
			return "must start with a letter";
		}
		boolean digit = password.chars().anyMatch((c) -> c >= '0' && c <= '9');
		boolean upper = password.chars().anyMatch((c) -> c >= 'A' && c <= 'Z');
		boolean lower = password.chars().anyMatch((c) -> c >= 'a' && c <= 'z');
		boolean special = password.chars().anyMatch((c) -> SPECIALS.indexOf(c) >= 0);
		if (!(digit && upper && lower && special)) {
			return "must contain a digit, an upper-case letter, a lower-case letter and one of " + SPECIALS;
		}
		if (password.chars().anyMatch((c) -> !(Character.isLetterOrDigit(c) && c < 128) && SPECIALS.indexOf(c) < 0)) {
			return "may contain only letters, digits and " + SPECIALS;
		}
		return null;
	}

}
