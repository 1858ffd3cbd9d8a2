package io.cselocal.engine;

import java.util.List;
import java.util.Map;

import io.cselocal.engine.ShowEngineResponse.EngineReference;
import io.cselocal.engine.ShowEngineResponse.EntrypointItem;
import org.jspecify.annotations.Nullable;

/** An engine as ListEngines lists it, field for field as the SDK's {@code EngineSimpleInfo}. */
public record EngineSimpleInfo(String id, String name, String enterpriseProjectId, String enterpriseProjectName,
		String type, String description, String flavor, String payment, String authType, EngineStatus status,
		String externalAddress, Map<String, EntrypointItem> serviceEndpoint, String publicAddress,
		Map<String, EntrypointItem> publicServiceEndpoint, int totalInstance, int usedInstance,
		int availableInstance, String version, String latestVersion, long createTime, long dueTo,
		@Nullable Integer latestJobId, List<String> engineAdditionalActions, String specType,
		EngineReference reference) {

	/** ListEngines. */
	public record ListEnginesResponse(int total, List<EngineSimpleInfo> data) {
	}

}
