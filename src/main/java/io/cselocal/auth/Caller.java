package io.cselocal.auth;

import jakarta.servlet.ServletRequest;

/** Who made a request to the emulated API, as far as its credentials tell. */
public record Caller(String name) {

	private static final String ATTRIBUTE = Caller.class.getName();

	/** Name used when the credentials do not identify a user. */
	public static final Caller ANONYMOUS = new Caller("cse-local");

	/** The caller that authentication attached to this request. */
	public static Caller of(ServletRequest request) {
		Object caller = request.getAttribute(ATTRIBUTE);
		return (caller instanceof Caller value) ? value : ANONYMOUS;
	}

	void attachTo(ServletRequest request) {
		request.setAttribute(ATTRIBUTE, this);
	}

}
