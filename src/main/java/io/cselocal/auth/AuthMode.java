package io.cselocal.auth;

/** How strictly requests to the emulated API are authenticated ({@code cselocal.auth.mode}). */
public enum AuthMode {

	/**
	 * For local use: any non-empty token and any well-formed AK/SK signature are accepted; a signature whose access
	 * key is configured is still verified.
	 */
	PERMISSIVE,

	/**
	 * As Huawei Cloud's API gateway: only unexpired tokens of cse-local's IAM on their own project, only configured
	 * access keys with a correct, fresh signature on a project they hold, with lockout after repeated failures.
	 */
	STRICT

}
