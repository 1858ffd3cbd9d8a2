package io.cselocal.engine;

import java.util.List;

/** The answers of ListFlavors and ShowEngineQuotas, field for field as the SDK's response classes. */
final class CatalogResponses {

	private CatalogResponses() {
	}

	/** ListFlavors. */
	record ListFlavorsResponse(int total, List<FlavorBrief> data) {
	}

	record FlavorBrief(String flavor, String description, EngineSpec spec) {
	}

	/** A flavor's spec; {@code linear} is a string here, as the SDK's {@code EngineSpec} has it. */
	record EngineSpec(String availableCpuMemory, String linear, String availablePrefix) {
	}

	/** ShowEngineQuotas. */
	record ShowEngineQuotasResponse(Quotas quotas) {
	}

	record Quotas(List<QuotaResource> resources) {
	}

	record QuotaResource(String type, int used, int quota) {
	}

}
