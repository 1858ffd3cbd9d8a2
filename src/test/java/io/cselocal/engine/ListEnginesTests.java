package io.cselocal.engine;

import io.cselocal.ApiTestSupport;
import io.cselocal.CseLocalTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** ListEngines, ListEngineJobs, ListFlavors and ShowEngineQuotas. */
@CseLocalTest
class ListEnginesTests extends ApiTestSupport {

	private static final String BAD = "SVCSTG.00500400";

	@BeforeEach
	void fiveEngines() {
		for (int i = 1; i <= 3; i++) {
			this.clock.advance(java.time.Duration.ofSeconds(1));
			assertThat(this.mvc.post()
				.uri(ENGINES)
				.header(TOKEN, "t")
				.content(CreateEngineTests.VALID.replace("cse-new", "engine-" + i))).hasStatusOk();
		}
		this.clock.advance(java.time.Duration.ofSeconds(1));
		assertThat(this.mvc.post()
			.uri(ENGINES)
			.header(TOKEN, "t")
			.content(CreateEngineTests.VALID.replace("cse-new", "nacos-1")
				.replace("\"cse.s1.small2\"", "\"cse.nacos2.c1.large.10\"")
				.replace("\"CSE2\"", "\"Nacos2\""))).hasStatusOk();
	}

	@Test
	void listShouldAnswerAllEnginesNewestFirstWithTheirTotal() {
		MvcTestResult result = list("");

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.total").isEqualTo(5);
		assertThat(result).bodyJson()
			.extractingPath("$.data[*].name")
			.asArray()
			.containsExactly("nacos-1", "engine-3", "engine-2", "engine-1", "test");
	}

	@Test
	void listShouldGiveEveryFieldOfTheSdksEngineSimpleInfo() {
		MvcTestResult result = list("?type=CSE&offset=3&limit=1");

		assertThat(result).bodyJson().isLenientlyEqualTo("""
				{"total":4,"data":[{"id":"891bf21a-4024-4f47-b38c-bd259ca8f10a","name":"test","enterpriseProjectId":"0",
				 "enterpriseProjectName":"default","type":"CSE","description":"Demo engine of cse-local",
				 "flavor":"cse.s1.small2","payment":"1","authType":"NONE","status":"Available","publicAddress":"",
				 "publicServiceEndpoint":{},"totalInstance":100,"usedInstance":0,"availableInstance":100,
				 "version":"2.3.4","latestVersion":"2.4.0","createTime":1699419600000,"dueTo":0,
				 "engineAdditionalActions":["Noting"],"specType":"CSE2",
				 "reference":{"vpc":"vpc-default","azList":["cn-north-4a","cn-north-4b"]}}]}
				""");
		assertThat(result).bodyJson().extractingPath("$.data[0].serviceEndpoint.serviceCenter.type").isEqualTo("REGISTRY");
		assertThat(result).bodyJson().extractingPath("$.data[0].latestJobId").asNumber().isInstanceOf(Integer.class);
	}

	@Test
	void listShouldPageWithACorrectTotal() {
		assertThat(list("?offset=0&limit=2")).bodyJson()
			.extractingPath("$.data[*].name")
			.asArray()
			.containsExactly("nacos-1", "engine-3");
		assertThat(list("?offset=2&limit=2")).bodyJson()
			.extractingPath("$.data[*].name")
			.asArray()
			.containsExactly("engine-2", "engine-1");
		MvcTestResult past = list("?offset=10&limit=2");
		assertThat(past).bodyJson().extractingPath("$.total").isEqualTo(5);
		assertThat(past).bodyJson().extractingPath("$.data").asArray().isEmpty();
	}

	@Test
	void listShouldFilterByType() {
		assertThat(list("?type=Nacos")).bodyJson().extractingPath("$.data[*].name").asArray().containsExactly("nacos-1");
		assertThat(list("?type=CSE")).bodyJson().extractingPath("$.total").isEqualTo(4);
		assertThat(list("?type=ALL")).bodyJson().extractingPath("$.total").isEqualTo(5);
		assertThat(list("?type=CSE_Share")).bodyJson().extractingPath("$.total").isEqualTo(0);
		assertThat(list("?type=MicroGateway")).bodyJson().extractingPath("$.total").isEqualTo(0);
	}

	@Test
	void listShouldShowOnlyTheEnterpriseProjectAskedFor() {
		MvcTestResult other = this.mvc.get().uri(ENGINES).header(TOKEN, "t").header("X-Enterprise-Project-ID", "ep-9")
			.exchange();
		assertThat(other).bodyJson().extractingPath("$.total").isEqualTo(0);
		MvcTestResult all = this.mvc.get()
			.uri(ENGINES)
			.header(TOKEN, "t")
			.header("X-Enterprise-Project-ID", "all_granted_eps")
			.exchange();
		assertThat(all).bodyJson().extractingPath("$.total").isEqualTo(5);
	}

	@Test
	void listShouldRefuseBadParametersByName() {
		assertError(list("?offset=-1"), 400, BAD, "Parameter 'offset' '-1' must be an integer from 0 to 1000000.");
		assertError(list("?limit=0"), 400, BAD, "Parameter 'limit' must be an integer from 1 to 100, got 0.");
		assertError(list("?limit=101"), 400, BAD, "Parameter 'limit' must be an integer from 1 to 100, got 101.");
		assertError(list("?limit=ten"), 400, BAD, "Parameter 'limit' 'ten' must be an integer from 1 to 100.");
		assertError(list("?type=Kafka"), 400, BAD,
				"Parameter 'type' 'Kafka' must be one of ALL, CSE, CSE_Share, Nacos, MicroGateway.");
	}

	@Test
	void listJobsShouldAnswerTheEnginesJobsNewestFirst() {
		int upgrade = UpgradeEngineTests.jobId(
				this.mvc.put().uri(DEMO + "/upgrade").header(TOKEN, "t").content("{\"version\":\"2.4.0\"}").exchange());

		MvcTestResult result = this.mvc.get().uri(DEMO + "/jobs").header(TOKEN, "t").exchange();

		assertThat(result).bodyJson().extractingPath("$.total").isEqualTo(2);
		assertThat(result).bodyJson().extractingPath("$.data[0].id").isEqualTo(upgrade);
		assertThat(result).bodyJson().extractingPath("$.data[*].type").asArray().containsExactly("Upgrade", "Create");
		assertThat(this.mvc.get().uri(DEMO + "/jobs?offset=1&limit=1").header(TOKEN, "t")).bodyJson()
			.extractingPath("$.data[*].type")
			.asArray()
			.containsExactly("Create");
		assertError(this.mvc.get().uri(ENGINES + "/nope/jobs").header(TOKEN, "t").exchange(), 400, "SVCSTG.00501116",
				"Failed to find the engine instance.");
	}

	@Test
	void flavorsShouldListTheCatalogBySpecTypeUnderEitherQueryName() {
		MvcTestResult cse = this.mvc.get().uri("/v2/" + PROJECT + "/enginemgr/flavors?spec_type=CSE2").header(TOKEN, "t")
			.exchange();
		assertThat(cse).bodyJson().extractingPath("$.total").isEqualTo(4);
		assertThat(cse).bodyJson().isLenientlyEqualTo("""
				{"data":[{"flavor":"cse.s1.small2","spec":{"availableCpuMemory":"2-4,4-8,8-16","linear":"false",
				  "availablePrefix":"s,c,t"}},{"flavor":"cse.s1.medium2"},{"flavor":"cse.s1.large2"},
				  {"flavor":"cse.s1.xlarge2"}]}
				""");
		assertThat(this.mvc.get().uri("/v2/" + PROJECT + "/enginemgr/flavors?specType=Nacos2").header(TOKEN, "t"))
			.bodyJson()
			.extractingPath("$.total")
			.isEqualTo(5);
		assertThat(this.mvc.get().uri("/v2/" + PROJECT + "/enginemgr/flavors").header(TOKEN, "t")).bodyJson()
			.extractingPath("$.total")
			.isEqualTo(12);
		assertError(this.mvc.get().uri("/v2/" + PROJECT + "/enginemgr/flavors?spec_type=CSE3").header(TOKEN, "t")
			.exchange(), 400, "SVCSTG.00501134",
				"The engine type 'CSE3' is invalid: spec_type must be one of CSE2, Nacos2, MicroGateway.");
		assertError(this.mvc.get().uri("/v2/" + PROJECT + "/enginemgr/flavors?spec_type=").header(TOKEN, "t")
			.exchange(), 400, "SVCSTG.00501134",
				"The engine type is left blank: spec_type must be one of CSE2, Nacos2, MicroGateway.");
	}

	@Test
	void quotasShouldCountTheProjectsEngines() {
		assertThat(this.mvc.get().uri("/v2/" + PROJECT + "/enginemgr/quotas").header(TOKEN, "t")).bodyJson()
			.isStrictlyEqualTo("{\"quotas\":{\"resources\":[{\"type\":\"Engine\",\"used\":5,\"quota\":5}]}}");
		assertThat(this.mvc.get().uri("/v2/empty-project/enginemgr/quotas").header(TOKEN, "t")).bodyJson()
			.isStrictlyEqualTo("{\"quotas\":{\"resources\":[{\"type\":\"Engine\",\"used\":0,\"quota\":5}]}}");
	}

	private MvcTestResult list(String query) {
		return this.mvc.get().uri(java.net.URI.create(ENGINES + query)).header(TOKEN, "t").exchange();
	}

}
