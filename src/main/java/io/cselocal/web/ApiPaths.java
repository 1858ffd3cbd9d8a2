package io.cselocal.web;

import jakarta.servlet.http.HttpServletRequest;

/** Which part of cse-local a request is for: the emulated cloud API, or the emulator's control plane. */
public final class ApiPaths {

	public static final String CONTROL_PLANE = "/_emulator";

	private ApiPaths() {
	}

	/** The emulated Huawei Cloud API: CSE under {@code /v2}, IAM under {@code /v3}. */
	public static boolean isApi(HttpServletRequest request) {
		String path = request.getRequestURI();
		return path.startsWith("/v2/") || path.startsWith("/v3/");
	}

	/** The emulated CSE engine-management API, which needs credentials. */
	public static boolean isCse(HttpServletRequest request) {
		return request.getRequestURI().startsWith("/v2/");
	}

	public static boolean isControlPlane(HttpServletRequest request) {
		String path = request.getRequestURI();
		return path.equals(CONTROL_PLANE) || path.startsWith(CONTROL_PLANE + "/");
	}

}
