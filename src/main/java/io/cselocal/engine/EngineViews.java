package io.cselocal.engine;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.cselocal.engine.ShowEngineResponse.CceSpec;
import io.cselocal.engine.ShowEngineResponse.ClusterNode;
import io.cselocal.engine.ShowEngineResponse.ClusterNodes;
import io.cselocal.engine.ShowEngineResponse.EngineReference;
import io.cselocal.engine.ShowEngineResponse.EntrypointItem;
import io.cselocal.engine.ShowEngineResponse.ExternalEntrypoint;
import io.cselocal.web.ProjectScope;

import org.springframework.stereotype.Component;

/**
 * Renders an engine as the API shows it. What the store does not keep (addresses, cluster, limits) is derived
 * from the engine's id, subnet and flavor, so it is plausible and stable.
 */
@Component
class EngineViews {

	private static final int INSTANCES = 2;

	private static final List<String> NO_ACTION = List.of("Noting");

	private static final List<String> RETRY = List.of("Retry");

	private final VersionCatalog catalog;

	private final String region;

	EngineViews(VersionCatalog catalog, CloudProperties cloud) {
		this.catalog = catalog;
		this.region = cloud.region();
	}

	ShowEngineResponse show(Engine engine) {
		return show(engine, LimitFormat.NUMBERS);
	}

	ShowEngineResponse show(Engine engine, LimitFormat limits) {
		return new ShowEngineResponse(engine.id(), engine.name(), engine.description(), engine.authType(),
				engine.flavor(), engine.payment(), engine.version(), this.catalog.latest().text(), engine.status(),
				false, engine.createUser(), engine.createTime(), cceSpec(engine), entrypoint(engine), reference(engine, limits),
				engine.latestJobId(), engine.enterpriseProjectId(), enterpriseProjectName(engine),
				additionalActions(engine), engine.specType(), engineType(engine), engine.projectId(), vmIds(engine));
	}

	EngineSimpleInfo simple(Engine engine, LimitFormat limits) {
		ExternalEntrypoint entrypoint = entrypoint(engine);
		EngineReference reference = reference(engine, limits);
		int instances = Flavor.find(engine.flavor()).map(Flavor::instanceLimit).orElse(0);
		return new EngineSimpleInfo(engine.id(), engine.name(), engine.enterpriseProjectId(),
				enterpriseProjectName(engine), engineType(engine), engine.description(), engine.flavor(),
				engine.payment(), engine.authType(), engine.status(), entrypoint.externalAddress(),
				entrypoint.serviceEndpoint(), entrypoint.publicAddress(), entrypoint.publicServiceEndpoint(),
				instances, 0, instances, engine.version(), this.catalog.latest().text(),
				engine.createTime(), 0, engine.latestJobId(), additionalActions(engine), engine.specType(), reference);
	}

	static List<String> additionalActions(Engine engine) {
		return engine.status().isFailed() ? RETRY : NO_ACTION;
	}

	static String enterpriseProjectName(Engine engine) {
		return ProjectScope.DEFAULT_ENTERPRISE_PROJECT.equals(engine.enterpriseProjectId()) ? "default"
				: engine.enterpriseProjectId();
	}

	static String engineType(Engine engine) {
		try {
			return Flavor.SpecType.valueOf(engine.specType()).engineType();
		}
		catch (IllegalArgumentException unknown) {
			return "CSE";
		}
	}

	private CceSpec cceSpec(Engine engine) {
		List<ClusterNode> nodes = new java.util.ArrayList<>();
		for (int n = 0; n < INSTANCES; n++) {
			List<String> zones = engine.network().azList();
			String zone = zones.isEmpty() ? this.region + "a" : zones.get(n % zones.size());
			nodes.add(new ClusterNode(Addresses.uuid(engine.id(), "node-" + n), zone, instanceIp(engine, n), "",
					"Active"));
		}
		return new CceSpec(Addresses.number(engine.id()), engine.id(), engine.specType(), null,
				Addresses.uuid(engine.id(), "cluster"), new ClusterNodes(nodes), engine.flavor(), this.region,
				engine.version(), "");
	}

	static ExternalEntrypoint entrypoint(Engine engine) {
		String address = serviceIp(engine);
		boolean hasEip = !engine.network().publicIpId().isEmpty();
		String publicAddress = hasEip ? publicIp(engine) : "";
		return new ExternalEntrypoint(address, publicAddress, endpoints(engine, address),
				hasEip ? endpoints(engine, publicAddress) : Map.of());
	}

	private static Map<String, EntrypointItem> endpoints(Engine engine, String address) {
		Map<String, EntrypointItem> endpoints = new LinkedHashMap<>();
		String slave = address.equals(serviceIp(engine)) ? instanceIp(engine, 1) : address;
		switch (engine.specType()) {
			case "Nacos2" -> endpoints.put("nacos", item(address, slave, 8848, "REGISTRY"));
			case "MicroGateway" -> endpoints.put("gateway", item(address, slave, 443, "SERVICE"));
			default -> {
				endpoints.put("serviceCenter", item(address, slave, 30100, "REGISTRY"));
				endpoints.put("kie", item(address, slave, 30110, "SERVICE"));
			}
		}
		return endpoints;
	}

	private static EntrypointItem item(String master, String slave, int port, String type) {
		return new EntrypointItem("https://" + master + ":" + port, "", "https://" + slave + ":" + port, "", type);
	}

	static EngineReference reference(Engine engine, LimitFormat limits) {
		EngineNetwork network = engine.network();
		int limit = Flavor.find(engine.flavor()).map(Flavor::instanceLimit).orElse(0);
		return new EngineReference(network.vpc(), network.vpcId(), network.azList(), network.networkId(),
				network.subnetCidr(), "", Addresses.gateway(network.subnetCidr()), network.publicIpId(),
				limits.write(limit), limits.write(limit), engine.inputs());
	}

	private static List<String> vmIds(Engine engine) {
		return List.of(Addresses.uuid(engine.id(), "vm-0"), Addresses.uuid(engine.id(), "vm-1"));
	}

	static String serviceIp(Engine engine) {
		return Addresses.host(engine.network().subnetCidr(), engine.id(), 0);
	}

	private static String instanceIp(Engine engine, int n) {
		return Addresses.host(engine.network().subnetCidr(), engine.id(), n + 1);
	}

	private static String publicIp(Engine engine) {
		return "100.85." + (Addresses.number(engine.id()) % 250 + 1) + "." + (Addresses.number(engine.id() + "eip") % 250 + 1);
	}

}
