package io.cselocal.engine;

import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/** An engine as ShowEngine answers it, field for field as the SDK's {@code ShowEngineResponse}. */
public record ShowEngineResponse(String id, String name, String description, String authType, String flavor,
		String payment, String version, String latestVersion, EngineStatus status, boolean beDefault,
		String createUser, long createTime, CceSpec cceSpec, ExternalEntrypoint externalEntrypoint,
		EngineReference reference, @Nullable Integer latestJobId, String enterpriseProjectId,
		String enterpriseProjectName, List<String> engineAdditionalActions, String specType, String type,
		String projectId, List<String> vmIds) {

	/** The cluster the engine runs on. */
	public record CceSpec(long id, String engineId, String specType, @Nullable String cluster, String clusterId,
			ClusterNodes clusterNodes, String flavor, String region, String version, String extendParam) {
	}

	/** The nodes of the cluster, one level down as the SDK's {@code SpecClusterNode} has them. */
	public record ClusterNodes(List<ClusterNode> clusterNodes) {
	}

	public record ClusterNode(String id, String az, String ip, String label, String status) {
	}

	/** How the engine's components are reached. */
	public record ExternalEntrypoint(String externalAddress, String publicAddress,
			Map<String, EntrypointItem> serviceEndpoint, Map<String, EntrypointItem> publicServiceEndpoint) {
	}

	/** One component's addresses. */
	public record EntrypointItem(String masterEntrypoint, String masterEntrypointIpv6, String slaveEntrypoint,
			String slaveEntrypointIpv6, String type) {
	}

	/**
	 * The resources the engine was created with, and its limits: JSON integers, or strings for Terraform (see
	 * {@link LimitFormat}).
	 */
	public record EngineReference(String vpc, String vpcId, List<String> azList, String networkId, String subnetCidr,
			String subnetCidrV6, String subnetGateway, String publicIpId, Object serviceLimit, Object instanceLimit,
			Map<String, String> inputs) {
	}

}
