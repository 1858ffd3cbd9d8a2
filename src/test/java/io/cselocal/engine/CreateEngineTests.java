package io.cselocal.engine;

import io.cselocal.ApiTestSupport;
import io.cselocal.CseLocalTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** CreateEngine: the new engine and its job, and every validation branch with its published code and message. */
@CseLocalTest
class CreateEngineTests extends ApiTestSupport {

	static final String VALID = """
			{"name":"cse-new","description":"created by a test","payment":"1","flavor":"cse.s1.small2",
			 "azList":["cn-north-4a","cn-north-4b"],"authType":"RBAC","vpc":"vpc-demo","vpcId":"vpc-0001",
			 "networkId":"net-0001","subnetCidr":"10.1.0.0/16","auth_cred":{"pwd":"Secret#123"},"specType":"CSE2",
			 "inputs":{"nodeFlavor":"s6.xlarge.2"},"periodType":2,"enterpriseProject":{"id":"0","name":"default"},
			 "isFree":false,"tags":[]}
			""";

	@Autowired
	private EngineStore engines;

	@Test
	void createShouldAnswerTheEngineAndItsCreateJob() {
		MvcTestResult result = create(VALID);

		assertThat(result).hasStatusOk();
		assertThat(result).bodyJson().extractingPath("$.name").isEqualTo("cse-new");
		assertThat(result).bodyJson().extractingPath("$.id").asString().matches("[0-9a-f-]{36}");
		int jobId = UpgradeEngineTests.jobId(result);
		String id = com.jayway.jsonpath.JsonPath.read(body(result), "$.id");
		MvcTestResult engine = this.mvc.get().uri(ENGINES + "/" + id).header(TOKEN, "t").exchange();
		assertThat(engine).bodyJson().isLenientlyEqualTo("""
				{"name":"cse-new","description":"created by a test","status":"Creating","version":"2.4.0",
				 "latestVersion":"2.4.0","flavor":"cse.s1.small2","specType":"CSE2","type":"CSE","authType":"RBAC",
				 "payment":"1","enterpriseProjectId":"0","createUser":"cse-local",
				 "reference":{"vpc":"vpc-demo","vpcId":"vpc-0001","networkId":"net-0001","subnetCidr":"10.1.0.0/16",
				   "azList":["cn-north-4a","cn-north-4b"],"inputs":{"nodeFlavor":"s6.xlarge.2"},
				   "instanceLimit":100,"serviceLimit":100}}
				""");
		assertThat(engine).bodyJson().extractingPath("$.latestJobId").isEqualTo(jobId);
		assertThat(engine).bodyJson()
			.extractingPath("$.externalEntrypoint.serviceEndpoint.serviceCenter.masterEntrypoint")
			.asString()
			.matches("https://10\\.1\\.\\d+\\.\\d+:30100");
		MvcTestResult job = this.mvc.get().uri(ENGINES + "/" + id + "/jobs/" + jobId).header(TOKEN, "t").exchange();
		assertThat(job).bodyJson().extractingPath("$.type").isEqualTo("Create");
		assertThat(job).bodyJson().extractingPath("$.tasks[0].taskName").isEqualTo("resourcePrepare");
	}

	@Test
	void createShouldMakeTheEngineAvailableOnceItsJobHasRun() {
		String id = com.jayway.jsonpath.JsonPath.read(body(create(VALID)), "$.id");

		passStages(3);

		assertThat(this.mvc.get().uri(ENGINES + "/" + id).header(TOKEN, "t")).bodyJson()
			.extractingPath("$.status")
			.isEqualTo("Available");
	}

	@Test
	void createShouldNeverRecordThePassword() {
		String id = com.jayway.jsonpath.JsonPath.read(body(create(VALID)), "$.id");

		assertThat(body(this.mvc.get().uri(ENGINES + "/" + id).header(TOKEN, "t").exchange()))
			.doesNotContain("Secret#123");
		assertThat(this.engines.find(PROJECT, id).orElseThrow().toString()).doesNotContain("Secret#123");
	}

	@Test
	void createShouldPutTheEngineInTheHeadersEnterpriseProject() {
		MvcTestResult result = this.mvc.post()
			.uri(ENGINES)
			.header(TOKEN, "t")
			.header("X-Enterprise-Project-ID", "ep-one")
			.content(VALID)
			.exchange();
		String id = com.jayway.jsonpath.JsonPath.read(body(result), "$.id");

		assertThat(this.engines.find(PROJECT, id).orElseThrow().enterpriseProjectId()).isEqualTo("ep-one");
		assertError(this.mvc.get().uri(ENGINES + "/" + id).header(TOKEN, "t").exchange(), 400, "SVCSTG.00501116",
				"Failed to find the engine instance.");
	}

	@Test
	void createShouldTakeTheBodysEnterpriseProjectWhenNoHeaderSaysOtherwise() {
		String id = com.jayway.jsonpath.JsonPath.read(
				body(create(VALID.replace("\"enterpriseProject\":{\"id\":\"0\"", "\"enterpriseProject\":{\"id\":\"ep-2\""))),
				"$.id");

		assertThat(this.engines.find(PROJECT, id).orElseThrow().enterpriseProjectId()).isEqualTo("ep-2");
	}

	@Test
	void createOfAnAuthNoneEngineShouldNeedNoPassword() {
		assertThat(create(VALID.replace("\"authType\":\"RBAC\"", "\"authType\":\"NONE\"")
			.replace("\"auth_cred\":{\"pwd\":\"Secret#123\"},", ""))).hasStatusOk();
	}

	@Test
	void createOfANacosEngineShouldNeedNoZones() {
		assertThat(create(VALID.replace("\"cse.s1.small2\"", "\"cse.nacos2.c1.large.10\"")
			.replace("\"CSE2\"", "\"Nacos2\"")
			.replace("\"azList\":[\"cn-north-4a\",\"cn-north-4b\"],", ""))).hasStatusOk();
	}

	@Test
	void createOfADuplicateNameShouldAnswer00501111() {
		create(VALID);

		assertError(create(VALID), 400, "SVCSTG.00501111", "Duplicate engine instance name: project " + PROJECT
				+ " already has an engine named 'cse-new'.");
	}

	@Test
	void createOfTheDemoEnginesNameShouldAnswer00501111() {
		assertError(create(VALID.replace("cse-new", "test")), 400, "SVCSTG.00501111",
				"Duplicate engine instance name: project " + PROJECT + " already has an engine named 'test'.");
	}

	@Test
	void createBeyondTheQuotaShouldAnswer00501112() {
		for (int i = 1; i <= 4; i++) {
			assertThat(create(VALID.replace("cse-new", "engine-" + i))).hasStatusOk();
		}

		assertError(create(VALID), 400, "SVCSTG.00501112",
				"Insufficient engine instance quota: the project holds 5 of its 5 engines.");
		assertThat(this.engines.count(PROJECT)).isEqualTo(5);
	}

	@Test
	void createInAnotherProjectShouldHaveItsOwnQuotaAndNames() {
		MvcTestResult result = this.mvc.post()
			.uri("/v2/other-project/enginemgr/engines")
			.header(TOKEN, "t")
			.content(VALID.replace("cse-new", "test"))
			.exchange();

		assertThat(result).hasStatusOk();
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
			no name         | "name":"cse-new",                | ``                        | SVCSTG.00501201 | The name must contain 3 to 24 characters, including letters, digits, and hyphens (-), start with a letter and not end with a hyphen; the name is missing.
			short name      | "cse-new"                        | "ab"                      | SVCSTG.00501201 | The name must contain 3 to 24 characters, including letters, digits, and hyphens (-), start with a letter and not end with a hyphen; got 'ab'.
			long name       | "cse-new"                        | "a234567890123456789012345" | SVCSTG.00501201 | The name must contain 3 to 24 characters, including letters, digits, and hyphens (-), start with a letter and not end with a hyphen; got 'a234567890123456789012345'.
			digit first     | "cse-new"                        | "1cse"                    | SVCSTG.00501201 | The name must contain 3 to 24 characters, including letters, digits, and hyphens (-), start with a letter and not end with a hyphen; got '1cse'.
			hyphen last     | "cse-new"                        | "cse-"                    | SVCSTG.00501201 | The name must contain 3 to 24 characters, including letters, digits, and hyphens (-), start with a letter and not end with a hyphen; got 'cse-'.
			underscore      | "cse-new"                        | "cse_new"                 | SVCSTG.00501201 | The name must contain 3 to 24 characters, including letters, digits, and hyphens (-), start with a letter and not end with a hyphen; got 'cse_new'.
			reserved name   | "cse-new"                        | "default"                 | SVCSTG.00501201 | The name 'default' is reserved.
			no payment      | "payment":"1",                   | ``                        | SVCSTG.00501103 | Engine payment is empty or is invalid: only "1" (pay per use) is supported.
			prepaid         | "payment":"1"                    | "payment":"0"             | SVCSTG.00501103 | Engine payment is empty or is invalid: only "1" (pay per use) is supported, got '0'.
			no spec type    | "specType":"CSE2",               | ``                        | SVCSTG.00501134 | The engine type is left blank: specType must be one of [CSE2, Nacos2, MicroGateway].
			bad spec type   | "CSE2"                           | "CSE3"                    | SVCSTG.00501134 | The engine type 'CSE3' is invalid: specType must be one of [CSE2, Nacos2, MicroGateway].
			unknown flavor  | "cse.s1.small2"                  | "cse.s1.huge2"            | SVCSTG.00501104 | Incorrect format of the engine instance specifications: 'cse.s1.huge2' is not a flavor of CSE2; flavors of CSE2: cse.s1.small2, cse.s1.medium2, cse.s1.large2, cse.s1.xlarge2.
			other flavor    | "cse.s1.small2"                  | "cse.nacos2.c1.large.10"  | SVCSTG.00501104 | Incorrect format of the engine instance specifications: 'cse.nacos2.c1.large.10' is not a flavor of CSE2; flavors of CSE2: cse.s1.small2, cse.s1.medium2, cse.s1.large2, cse.s1.xlarge2.
			no zones        | "azList":["cn-north-4a","cn-north-4b"], | ``                 | SVCSTG.00501105 | Incorrect AZ format: azList must hold 1 to 3 availability zone names, and is missing.
			empty zones     | ["cn-north-4a","cn-north-4b"]    | []                        | SVCSTG.00501105 | Incorrect AZ format: azList must hold 1 to 3 availability zone names, got 0 entries.
			four zones      | ["cn-north-4a","cn-north-4b"]    | ["a","b","c","d"]         | SVCSTG.00501105 | Incorrect AZ format: azList must hold 1 to 3 availability zone names, got 4 entries.
			blank zone      | ["cn-north-4a","cn-north-4b"]    | ["a"," "]                 | SVCSTG.00501105 | Incorrect AZ format: azList must hold 1 to 3 availability zone names, got 2 entries.
			no auth type    | "authType":"RBAC",               | ``                        | SVCSTG.00500400 | Parameter 'authType' is required.
			bad auth type   | "authType":"RBAC"                | "authType":"IAM"          | SVCSTG.00500400 | Parameter 'authType' must be RBAC or NONE.
			no vpc          | "vpc":"vpc-demo",                | ``                        | SVCSTG.00500400 | Parameter 'vpc' is required.
			no network      | "networkId":"net-0001",          | ``                        | SVCSTG.00500400 | Parameter 'networkId' is required.
			bad cidr        | "10.1.0.0/16"                    | "10.1.0.0"                | SVCSTG.00500400 | Parameter 'subnetCidr' must be an IPv4 CIDR block such as 192.168.0.0/24.
			long description | "created by a test"             | "%s"                      | SVCSTG.00500400 | Parameter 'description' must be at most 255 characters.
			number name     | "cse-new"                        | 42                        | SVCSTG.00500400 | Parameter 'name' must be a string.
			zones not list  | ["cn-north-4a","cn-north-4b"]    | "cn-north-4a"             | SVCSTG.00500400 | Parameter 'azList' must be a JSON array.
			input number    | "s6.xlarge.2"                    | 2                         | SVCSTG.00500400 | Parameter 'inputs.nodeFlavor' must be a string.
			no password     | "auth_cred":{"pwd":"Secret#123"}, | ``                       | SVCSTG.00500400 | Parameter 'auth_cred.pwd' is required when authType is RBAC.
			short password  | "Secret#123"                     | "Se#1"                    | SVCSTG.00500400 | Parameter 'auth_cred.pwd' must be 8 to 32 characters.
			digit password  | "Secret#123"                     | "1Secret#23"              | SVCSTG.00500400 | Parameter 'auth_cred.pwd' must start with a letter.
			""")
	void createWithABadFieldShouldAnswerItsCodeAndMessage(String name, String replaced, String replacement,
			String code, String message) {
		String body = VALID.replace(replaced, replacement.replace("%s", "d".repeat(256)));

		assertError(create(body), 400, code, message);
		assertThat(this.engines.count(PROJECT)).isEqualTo(1);
	}

	@Test
	void createWithAWeakPasswordShouldListWhatItMustContain() {
		assertError(create(VALID.replace("Secret#123", "Secret1234")), 400, "SVCSTG.00500400",
				"Parameter 'auth_cred.pwd' must contain a digit, an upper-case letter, a lower-case letter and one of "
						+ "-~!@#%^*_=+?$&()|<>{}[].");
	}

	@Test
	void createWithoutABodyShouldSaySo() {
		assertError(create(""), 400, "SVCSTG.00500400", "The request body is missing: a JSON object is required.");
	}

	@Test
	void aPasswordProblemShouldNeverEchoThePassword() {
		MvcTestResult result = create(VALID.replace("Secret#123", "Secret1234"));

		assertThat(body(result)).doesNotContain("Secret1234");
	}

	private MvcTestResult create(String body) {
		return this.mvc.post().uri(ENGINES).header(TOKEN, "t").content(body).exchange();
	}

	static String body(MvcTestResult result) {
		return new String(result.getResponse().getContentAsByteArray(), java.nio.charset.StandardCharsets.UTF_8);
	}

}
