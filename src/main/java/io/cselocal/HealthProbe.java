package io.cselocal;

import java.net.HttpURLConnection;
import java.net.URI;

/**
 * The container's health check: exits 0 when cse-local on this machine reports itself UP, 1 otherwise. It needs
 * nothing but the JDK, so the image needs no curl.
 */
public final class HealthProbe {

	private HealthProbe() {
	}

	public static void main(String[] args) throws Exception {
		String port = System.getenv().getOrDefault("SERVER_PORT", "8080");
		HttpURLConnection connection = (HttpURLConnection) URI
			.create("http://127.0.0.1:" + port + "/actuator/health/readiness")
			.toURL()
			.openConnection();
		connection.setConnectTimeout(2000);
		connection.setReadTimeout(2000);
		try {
			System.exit((connection.getResponseCode() == 200) ? 0 : 1);
		}
		catch (java.io.IOException unreachable) {
			System.exit(1);
		}
	}

}
