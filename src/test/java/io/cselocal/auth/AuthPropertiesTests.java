package io.cselocal.auth;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.ConfigurationPropertySources;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;
import org.springframework.core.env.SystemEnvironmentPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests for {@link AuthProperties}: the documented defaults, binding from environment variables, validation. */
class AuthPropertiesTests {

	private final ApplicationContextRunner context = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(Settings.class);

	@Test
	void theDefaultsShouldBeTheDocumentedDemoCredentialsInPermissiveMode() {
		AuthProperties settings = bindEnvironment(Map.of());

		assertThat(settings.mode()).isEqualTo(AuthMode.PERMISSIVE);
		assertThat(settings.users()).singleElement().satisfies((user) -> {
			assertThat(user.name()).isEqualTo("cse-local");
			assertThat(user.password()).isEqualTo("cse-local-Pass1");
			assertThat(user.domain()).isEqualTo("cse-local");
			assertThat(user.projects()).containsExactly("0123456789abcdef0123456789abcdef");
		});
		assertThat(settings.accessKeys()).singleElement().satisfies((key) -> {
			assertThat(key.accessKey()).isEqualTo("AKEXAMPLE0000000000");
			assertThat(key.secretKey()).isEqualTo("SKEXAMPLE00000000000000000000000000000000");
			assertThat(key.projects()).containsExactly("0123456789abcdef0123456789abcdef");
			assertThat(key.temporary()).isFalse();
			assertThat(key.owner()).isEqualTo("cse-local");
		});
		assertThat(settings.projects()).isEmpty();
		assertThat(settings.tokenLifetime()).isEqualTo(Duration.ofHours(24));
		assertThat(settings.clockSkew()).isEqualTo(Duration.ofMinutes(15));
		assertThat(settings.lockoutFailures()).isEqualTo(5);
		assertThat(settings.lockoutDuration()).isEqualTo(Duration.ofMinutes(5));
	}

	@Test
	void environmentVariablesShouldConfigureEverything() {
		AuthProperties settings = bindEnvironment(Map.ofEntries(Map.entry("CSELOCAL_AUTH_MODE", "strict"),
				Map.entry("CSELOCAL_AUTH_USERS_0_NAME", "ci"), Map.entry("CSELOCAL_AUTH_USERS_0_PASSWORD", "ci-Pass"),
				Map.entry("CSELOCAL_AUTH_USERS_0_DOMAIN", "acme"),
				Map.entry("CSELOCAL_AUTH_USERS_0_PROJECTS", "p1,p2"),
				Map.entry("CSELOCAL_AUTH_ACCESSKEYS_0_ACCESSKEY", "AKCI"),
				Map.entry("CSELOCAL_AUTH_ACCESSKEYS_0_SECRETKEY", "SKCI"),
				Map.entry("CSELOCAL_AUTH_ACCESSKEYS_0_PROJECTS_0", "p1"),
				Map.entry("CSELOCAL_AUTH_ACCESSKEYS_0_SECURITYTOKEN", "STS"),
				Map.entry("CSELOCAL_AUTH_ACCESSKEYS_1_ACCESSKEY", "AKCI2"),
				Map.entry("CSELOCAL_AUTH_ACCESSKEYS_1_SECRETKEY", "SKCI2"),
				Map.entry("CSELOCAL_AUTH_ACCESSKEYS_1_PROJECTS", "p2"),
				Map.entry("CSELOCAL_AUTH_ACCESSKEYS_1_USER", "ci"), Map.entry("CSELOCAL_AUTH_PROJECTS_0_ID", "p2"),
				Map.entry("CSELOCAL_AUTH_PROJECTS_0_NAME", "eu-west-0"),
				Map.entry("CSELOCAL_AUTH_TOKENLIFETIME", "1h"), Map.entry("CSELOCAL_AUTH_LOCKOUTFAILURES", "3")));

		assertThat(settings.mode()).isEqualTo(AuthMode.STRICT);
		assertThat(settings.users()).containsExactly(new AuthProperties.User("ci", "ci-Pass", "acme",
				List.of("p1", "p2")));
		assertThat(settings.accessKeys()).containsExactly(
				new AuthProperties.AccessKey("AKCI", "SKCI", List.of("p1"), "STS", null),
				new AuthProperties.AccessKey("AKCI2", "SKCI2", List.of("p2"), null, "ci"));
		assertThat(settings.projects()).containsExactly(new AuthProperties.Project("p2", "eu-west-0"));
		assertThat(settings.tokenLifetime()).isEqualTo(Duration.ofHours(1));
		assertThat(settings.lockoutFailures()).isEqualTo(3);
	}

	@Test
	void dashedNamesShouldAlsoBindWrittenWithUnderscores() {
		AuthProperties settings = bindEnvironment(Map.of("CSELOCAL_AUTH_ACCESS_KEYS_0_ACCESS_KEY", "AKU",
				"CSELOCAL_AUTH_ACCESS_KEYS_0_SECRET_KEY", "SKU", "CSELOCAL_AUTH_ACCESS_KEYS_0_PROJECTS", "p1",
				"CSELOCAL_AUTH_ACCESS_KEYS_0_SECURITY_TOKEN", "STU", "CSELOCAL_AUTH_CLOCK_SKEW", "2m"));

		assertThat(settings.accessKeys())
			.containsExactly(new AuthProperties.AccessKey("AKU", "SKU", List.of("p1"), "STU", null));
		assertThat(settings.clockSkew()).isEqualTo(Duration.ofMinutes(2));
	}

	@Test
	void secretsShouldNotBeInTheTextOfTheSettings() {
		AuthProperties settings = bindEnvironment(Map.of("CSELOCAL_AUTH_USERS_0_NAME", "ci",
				"CSELOCAL_AUTH_USERS_0_PASSWORD", "pw-secret", "CSELOCAL_AUTH_USERS_0_PROJECTS", "p1",
				"CSELOCAL_AUTH_ACCESSKEYS_0_ACCESSKEY", "AKCI", "CSELOCAL_AUTH_ACCESSKEYS_0_SECRETKEY", "sk-secret",
				"CSELOCAL_AUTH_ACCESSKEYS_0_PROJECTS", "p1", "CSELOCAL_AUTH_ACCESSKEYS_0_SECURITYTOKEN", "st-secret"));

		assertThat(settings.toString()).contains("ci", "AKCI", "p1")
			.doesNotContain("pw-secret", "sk-secret", "st-secret");
	}

	@Test
	void aValidConfigurationShouldStart() {
		this.context.withPropertyValues("cselocal.auth.mode=strict").run((context) -> {
			assertThat(context).hasNotFailed();
			assertThat(context.getBean(AuthProperties.class).strict()).isTrue();
		});
	}

	@Test
	void aKeyWithoutSecretShouldStopTheStartWithoutEchoingOtherSecrets() {
		this.context.withPropertyValues("cselocal.auth.access-keys[0].access-key=AK1",
				"cselocal.auth.access-keys[0].projects=p1", "cselocal.auth.access-keys[0].security-token=st-secret")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("accessKeys[0].secretKey").hasMessageContaining("must not be blank")
				.hasMessageNotContaining("st-secret"));
	}

	@Test
	void aUserWithoutProjectsShouldStopTheStart() {
		this.context.withPropertyValues("cselocal.auth.users[0].name=u", "cselocal.auth.users[0].password=pw-secret")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("users[0].projects")
				.hasMessageNotContaining("pw-secret"));
	}

	@Test
	void aMalformedProjectIdShouldStopTheStart() {
		this.context.withPropertyValues("cselocal.auth.access-keys[0].access-key=AK1",
				"cselocal.auth.access-keys[0].secret-key=sk-secret", "cselocal.auth.access-keys[0].projects=no/slash")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessageContaining("accessKeys[0].projects[0]")
				.hasMessageContaining("must be 1 to 64 letters, digits, hyphens or underscores")
				.hasMessageNotContaining("sk-secret"));
	}

	@Test
	void anAccessKeyConfiguredTwiceShouldStopTheStartWithoutEchoingSecrets() {
		this.context.withPropertyValues("cselocal.auth.access-keys[0].access-key=AK1",
				"cselocal.auth.access-keys[0].secret-key=sk-secret-1", "cselocal.auth.access-keys[0].projects=p",
				"cselocal.auth.access-keys[1].access-key=AK1", "cselocal.auth.access-keys[1].secret-key=sk-secret-2",
				"cselocal.auth.access-keys[1].projects=p")
			.run((context) -> assertThat(context).getFailure()
				.rootCause()
				.hasMessage("cselocal.auth: the access key 'AK1' is configured twice"));
	}

	@Test
	void anUnknownModeShouldStopTheStart() {
		this.context.withPropertyValues("cselocal.auth.mode=lenient")
			.run((context) -> assertThat(context).hasFailed());
	}

	/** Binds the settings as Spring binds them from these environment variables. */
	private static AuthProperties bindEnvironment(Map<String, Object> variables) {
		StandardEnvironment environment = new StandardEnvironment();
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME);
		environment.getPropertySources().remove(StandardEnvironment.SYSTEM_PROPERTIES_PROPERTY_SOURCE_NAME);
		environment.getPropertySources()
			.addFirst(new SystemEnvironmentPropertySource(StandardEnvironment.SYSTEM_ENVIRONMENT_PROPERTY_SOURCE_NAME,
					variables));
		environment.getPropertySources().addLast(new MapPropertySource("empty", Map.of()));
		return new Binder(ConfigurationPropertySources.get(environment)).bindOrCreate("cselocal.auth",
				AuthProperties.class);
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(AuthProperties.class)
	static class Settings {

	}

}
