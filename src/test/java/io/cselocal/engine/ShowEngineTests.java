package io.cselocal.engine;

import io.cselocal.ApiTestSupport;
import io.cselocal.CseLocalTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** ShowEngine: every field of the SDK's ShowEngineResponse, with its JSON type, and the not-found answer. */
@CseLocalTest
class ShowEngineTests extends ApiTestSupport {

	static final String TERRAFORM = "HashiCorp Terraform/1.9.5 (+https://www.terraform.io) Terraform Plugin SDK/2.34.0 "
			+ "terraform-provider-huaweicloud/1.71.1";

	@Autowired
	private EngineStore engines;

	@Test
	void showShouldAnswerTheDemoEngineWithEveryField() {
		MvcTestResult result = this.mvc.get().uri(DEMO).header(TOKEN, "t").exchange();

		assertThat(result).hasStatusOk().hasContentType("application/json");
		assertThat(result).bodyJson().isLenientlyEqualTo("""
				{
				  "id": "891bf21a-4024-4f47-b38c-bd259ca8f10a",
				  "name": "test",
				  "description": "Demo engine of cse-local",
				  "authType": "NONE",
				  "flavor": "cse.s1.small2",
				  "payment": "1",
				  "version": "2.3.4",
				  "latestVersion": "2.4.0",
				  "status": "Available",
				  "beDefault": false,
				  "createUser": "cse-local",
				  "createTime": 1699419600000,
				  "cceSpec": {
				    "engineId": "891bf21a-4024-4f47-b38c-bd259ca8f10a",
				    "specType": "CSE2",
				    "cluster": null,
				    "flavor": "cse.s1.small2",
				    "region": "cn-north-4",
				    "version": "2.3.4",
				    "extendParam": ""
				  },
				  "externalEntrypoint": { "publicAddress": "", "publicServiceEndpoint": {} },
				  "reference": {
				    "vpc": "vpc-default",
				    "azList": ["cn-north-4a", "cn-north-4b"],
				    "subnetCidr": "192.168.0.0/24",
				    "subnetGateway": "192.168.0.1",
				    "publicIpId": "",
				    "serviceLimit": 100,
				    "instanceLimit": 100,
				    "inputs": { "nodeFlavor": "s6.large.2" }
				  },
				  "enterpriseProjectId": "0",
				  "enterpriseProjectName": "default",
				  "engineAdditionalActions": ["Noting"],
				  "specType": "CSE2",
				  "type": "CSE",
				  "projectId": "0123456789abcdef0123456789abcdef"
				}
				""");
		assertThat(result).bodyJson().extractingPath("$.latestJobId").asNumber().isInstanceOf(Integer.class);
		assertThat(result).bodyJson().extractingPath("$.createTime").asNumber().isInstanceOf(Long.class);
		assertThat(result).bodyJson().extractingPath("$.cceSpec.id").asNumber().isNotNull();
		assertThat(result).bodyJson()
			.extractingPath("$.cceSpec.clusterNodes.clusterNodes[*].status")
			.asArray()
			.containsExactly("Active", "Active");
		assertThat(result).bodyJson().extractingPath("$.vmIds").asArray().hasSize(2);
	}

	@Test
	void showShouldGiveAddressesInsideTheEngineSubnetAndTheComponentPorts() {
		MvcTestResult result = this.mvc.get().uri(DEMO).header(TOKEN, "t").exchange();

		assertThat(result).bodyJson()
			.extractingPath("$.externalEntrypoint.externalAddress")
			.asString()
			.matches("192\\.168\\.0\\.\\d{1,3}");
		assertThat(result).bodyJson()
			.extractingPath("$.externalEntrypoint.serviceEndpoint.serviceCenter.masterEntrypoint")
			.asString()
			.matches("https://192\\.168\\.0\\.\\d{1,3}:30100");
		assertThat(result).bodyJson()
			.extractingPath("$.externalEntrypoint.serviceEndpoint.serviceCenter.type")
			.isEqualTo("REGISTRY");
		assertThat(result).bodyJson()
			.extractingPath("$.externalEntrypoint.serviceEndpoint.kie.masterEntrypoint")
			.asString()
			.matches("https://192\\.168\\.0\\.\\d{1,3}:30110");
	}

	@Test
	void showShouldAnswerTheSameAddressesEveryTime() {
		String once = body(this.mvc.get().uri(DEMO).header(TOKEN, "t").exchange());
		String twice = body(this.mvc.get().uri(DEMO).header(TOKEN, "t").exchange());
		assertThat(twice).isEqualTo(once);
	}

	@Test
	void showToTerraformShouldWriteTheLimitsAsStringsAsItReadsThem() {
		MvcTestResult result = this.mvc.get()
			.uri(DEMO)
			.header(TOKEN, "t")
			.header("User-Agent", TERRAFORM)
			.exchange();

		assertThat(result).bodyJson().extractingPath("$.reference.serviceLimit").isEqualTo("100");
		assertThat(result).bodyJson().extractingPath("$.reference.instanceLimit").isEqualTo("100");
		assertThat(this.mvc.get().uri(ENGINES).header(TOKEN, "t").header("User-Agent", TERRAFORM)).bodyJson()
			.extractingPath("$.data[0].reference.instanceLimit")
			.isEqualTo("100");
	}

	@Test
	void showToAnyOtherClientShouldWriteTheLimitsAsIntegers() {
		assertThat(this.mvc.get().uri(DEMO).header(TOKEN, "t").header("User-Agent", "huaweicloud-usdk-java/3.0"))
			.bodyJson()
			.extractingPath("$.reference.serviceLimit")
			.isEqualTo(100);
	}

	@Test
	void showOfAnUnknownEngineShouldAnswer00501116() {
		assertError(this.mvc.get().uri(ENGINES + "/unknown").header(TOKEN, "t").exchange(), 400, "SVCSTG.00501116",
				"Failed to find the engine instance.");
	}

	@Test
	void showUnderAnotherEnterpriseProjectShouldAnswer00501116() {
		assertError(this.mvc.get().uri(DEMO).header(TOKEN, "t").header("X-Enterprise-Project-ID", "ep-1").exchange(),
				400, "SVCSTG.00501116", "Failed to find the engine instance.");
	}

	@Test
	void showWithoutCredentialsShouldAnswer401() {
		assertGatewayError(this.mvc.get().uri(DEMO).exchange(), 401, "APIGW.0301",
				"Incorrect IAM authentication information: x-auth-token not found");
	}

	@Test
	void showOfAnEngineWhoseUpgradeFailedShouldOfferRetry() {
		Engine demo = this.engines.find(PROJECT, ENGINE).orElseThrow();
		this.engines.update(demo.withStatus(EngineStatus.UpgradeFailed));

		MvcTestResult result = this.mvc.get().uri(DEMO).header(TOKEN, "t").exchange();

		assertThat(result).bodyJson().extractingPath("$.status").isEqualTo("UpgradeFailed");
		assertThat(result).bodyJson().extractingPath("$.engineAdditionalActions").asArray().containsExactly("Retry");
	}

	private static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
	}

}
