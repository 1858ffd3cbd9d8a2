package io.cselocal.it;

import org.junit.jupiter.api.BeforeEach;

import org.springframework.boot.test.web.server.LocalServerPort;

/** What the control-plane tests over HTTP share: a client of the running emulator, reset before each test. */
abstract class ControlPlaneTestSupport {

	static final String[] TOKEN = { "X-Auth-Token", "t" };

	@LocalServerPort
	private int port;

	Http http;

	@BeforeEach
	void startFromTheStartupState() {
		this.http = new Http(this.port);
		this.http.reset();
	}

}
