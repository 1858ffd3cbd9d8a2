package io.cselocal.engine;

import io.cselocal.engine.CatalogResponses.ListFlavorsResponse;
import io.cselocal.engine.CatalogResponses.ShowEngineQuotasResponse;
import io.cselocal.web.CseOperation;
import io.cselocal.web.ProjectScope;
import org.jspecify.annotations.Nullable;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The flavors on offer and the project's quota, under {@code /v2/{project_id}/enginemgr}. */
@RestController
@RequestMapping("/v2/{project_id}/enginemgr")
class CatalogController {

	private final CatalogService catalog;

	CatalogController(CatalogService catalog) {
		this.catalog = catalog;
	}

	/** ListFlavors; the SDK names the query {@code spec_type}, Terraform {@code specType}: both are read. */
	@GetMapping("/flavors")
	@CseOperation("ListFlavors")
	ListFlavorsResponse flavors(ProjectScope project,
			@RequestParam(name = "spec_type", required = false) @Nullable String specType,
			@RequestParam(name = "specType", required = false) @Nullable String terraformSpecType) {
		return this.catalog.flavors((specType != null) ? specType : terraformSpecType);
	}

	@GetMapping("/quotas")
	@CseOperation("ShowEngineQuotas")
	ShowEngineQuotasResponse quotas(ProjectScope project) {
		return this.catalog.quotas(project);
	}

}
