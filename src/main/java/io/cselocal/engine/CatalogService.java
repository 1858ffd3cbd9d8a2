package io.cselocal.engine;

import java.util.Arrays;
import java.util.List;

import io.cselocal.engine.CatalogResponses.EngineSpec;
import io.cselocal.engine.CatalogResponses.FlavorBrief;
import io.cselocal.engine.CatalogResponses.ListFlavorsResponse;
import io.cselocal.engine.CatalogResponses.QuotaResource;
import io.cselocal.engine.CatalogResponses.Quotas;
import io.cselocal.engine.CatalogResponses.ShowEngineQuotasResponse;
import io.cselocal.error.CseException;
import io.cselocal.web.ProjectScope;
import io.cselocal.web.Texts;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;

/** What a project may create: the flavors on offer, and how much of its engine quota it uses. */
@Service
public class CatalogService {

	private final EngineAccess access;

	private final EngineStore engines;

	private final EngineProperties properties;

	CatalogService(EngineAccess access, EngineStore engines, EngineProperties properties) {
		this.access = access;
		this.engines = engines;
		this.properties = properties;
	}

	/** ListFlavors: every flavor, or those of one spec type. */
	ListFlavorsResponse flavors(@Nullable String specType) {
		Flavor.SpecType only = (specType == null) ? null : specType(specType);
		List<FlavorBrief> flavors = Arrays.stream(Flavor.values())
			.filter((flavor) -> only == null || flavor.specType() == only)
			.map(CatalogService::brief)
			.toList();
		return new ListFlavorsResponse(flavors.size(), flavors);
	}

	/** ShowEngineQuotas: the project's engines against its quota. */
	ShowEngineQuotasResponse quotas(ProjectScope scope) {
		this.access.settle(scope);
		QuotaResource engines = new QuotaResource("Engine", this.engines.count(scope.projectId()),
				this.properties.quota());
		return new ShowEngineQuotasResponse(new Quotas(List.of(engines)));
	}

	private static Flavor.SpecType specType(String specType) {
		if (specType.isBlank()) {
			throw CseException.rejected(CreateEngineRules.BAD_SPEC_TYPE,
					"The engine type is left blank: spec_type must be one of CSE2, Nacos2, MicroGateway.");
		}
		return Flavor.SpecType.find(specType)
			.orElseThrow(() -> CseException.rejected(CreateEngineRules.BAD_SPEC_TYPE, "The engine type "
					+ Texts.quote(specType) + " is invalid: spec_type must be one of CSE2, Nacos2, MicroGateway."));
	}

	private static FlavorBrief brief(Flavor flavor) {
		Flavor.SpecType type = flavor.specType();
		return new FlavorBrief(flavor.id(), flavor.description(),
				new EngineSpec(type.availableCpuMemory(), type.linear(), type.availablePrefix()));
	}

}
