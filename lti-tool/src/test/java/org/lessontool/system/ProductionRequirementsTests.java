package org.lessontool.system;

import org.junit.jupiter.api.Test;
import org.lessontool.LessonToolApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * The prod profile refuses to start without PostgreSQL, an HTTPS address and the key
 * secret.
 */
class ProductionRequirementsTests {

	@Test
	void everyMissingSettingIsNamedAtOnce() {
		assertThatException()
			.isThrownBy(() -> new SpringApplicationBuilder(LessonToolApplication.class).profiles("test", "prod")
				.run("--server.port=0", "--MANAGEMENT_PORT=0", "--SPRING_DATASOURCE_URL=jdbc:h2:mem:prod-refused")
				.close())
			.extracting(org.springframework.core.NestedExceptionUtils::getMostSpecificCause)
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.THROWABLE)
			.hasMessageContaining("The prod profile cannot start")
			.hasMessageContaining("SPRING_DATASOURCE_URL must name the PostgreSQL database")
			.hasMessageContaining("LTI_TOOL_URL must be the tool's public HTTPS address")
			.hasMessageContaining("LTI_KEYS_ENCRYPTION_SECRET must be set");
	}

	@Test
	void completeSettingsPass() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/lessons")
			.withProperty("lti.tool.url", "https://lessons.example.org")
			.withProperty("lti.keys.encryption-secret", "k7Vq2xLp9RmT4wZc8NbF3hJd6GsY1uEa5PoQiWnXrKtU");
		assertThat(ProductionRequirements.problems(environment)).isEmpty();
	}

	@Test
	void plainHttpAddressIsRefused() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/lessons")
			.withProperty("lti.tool.url", "http://lessons.example.org")
			.withProperty("lti.keys.encryption-secret", "k7Vq2xLp9RmT4wZc8NbF3hJd6GsY1uEa5PoQiWnXrKtU");
		assertThat(ProductionRequirements.problems(environment)).singleElement()
			.asString()
			.contains("LTI_TOOL_URL", "it is http://lessons.example.org");
	}

	@Test
	void weakSecretsAreRefusedAndNamed() {
		// issue 15: a guessable key-encryption secret or admin password does not start
		for (String weak : new String[] { "s3cret-s3cret", "a-long-random-test-secret",
				"0123456789abcdef0123456789abcdef", "x".repeat(80) }) {
			MockEnvironment environment = new MockEnvironment()
				.withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/lessons")
				.withProperty("lti.tool.url", "https://lessons.example.org")
				.withProperty("lti.keys.encryption-secret", weak)
				.withProperty("lti.admin.password", "admin123");
			assertThat(ProductionRequirements.problems(environment)).as(weak)
				.anySatisfy((problem) -> assertThat(problem).contains("LTI_KEYS_ENCRYPTION_SECRET is too weak"))
				.anySatisfy((problem) -> assertThat(problem).contains("LTI_ADMIN_PASSWORD is too weak"));
		}
	}

	@Test
	void secretsMadeAsTheRunbookSaysPass() {
		assertThat(SecretStrength.bits("Zr4nN0bq8v2PjUu3kq1yFvI4m2gYk1nq0a9Xo2b7ZtE=")).isGreaterThan(256);
		assertThat(SecretStrength.bits("9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08"))
			.isGreaterThanOrEqualTo(256);
		assertThat(SecretStrength.bits("correct horse battery staple")).isGreaterThan(64);
	}

}
