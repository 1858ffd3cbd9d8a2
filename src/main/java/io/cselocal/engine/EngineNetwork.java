package io.cselocal.engine;

import java.util.List;

/** Where an engine lives: its VPC, subnet, optional EIP and availability zones. */
public record EngineNetwork(String vpc, String vpcId, String networkId, String subnetCidr, String publicIpId,
		List<String> azList) {

	public EngineNetwork {
		azList = List.copyOf(azList);
	}

}
