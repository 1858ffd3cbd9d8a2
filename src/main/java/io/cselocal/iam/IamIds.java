package io.cselocal.iam;

import io.cselocal.auth.Secrets;

/**
 * Ids of IAM objects that cse-local knows only by name (domains, users, roles): 32 hex digits like Huawei Cloud's,
 * derived from the name, so that they are the same on every start and every instance.
 */
final class IamIds {

	private IamIds() {
	}

	static String domain(String name) {
		return of("domain", name);
	}

	static String user(String domain, String name) {
		return of("user", domain + "/" + name);
	}

	static String role(String name) {
		return of("role", name);
	}

	static String of(String kind, String name) {
		return Secrets.sha256Hex(kind + ":" + name).substring(0, 32);
	}

}
