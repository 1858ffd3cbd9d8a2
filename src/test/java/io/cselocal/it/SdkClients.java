package io.cselocal.it;

import java.util.List;

import com.huaweicloud.sdk.core.auth.BasicCredentials;
import com.huaweicloud.sdk.core.http.HttpConfig;
import com.huaweicloud.sdk.cse.v1.CseClient;

/** The official Huawei Cloud Java SDK, pointed at a local cse-local as the README shows. */
public final class SdkClients {

	public static final String ACCESS_KEY = "AKEXAMPLE0000000000";

	public static final String SECRET_KEY = "SKEXAMPLE00000000000000000000000000000000";

	private SdkClients() {
	}

	public static CseClient cse(int port, String projectId) {
		BasicCredentials credentials = new BasicCredentials().withAk(ACCESS_KEY)
			.withSk(SECRET_KEY)
			.withProjectId(projectId);
		return CseClient.newBuilder()
			.withCredential(credentials)
			.withEndpoints(List.of("http://127.0.0.1:" + port))
			.withHttpConfig(HttpConfig.getDefaultHttpConfig())
			.build();
	}

}
