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
			.withProperty("lti.launch.tool-url", "https://lessons.example.org")
			.withProperty("lti.keys.encryption-secret", "s3cret-s3cret");
		assertThat(ProductionRequirements.problems(environment)).isEmpty();
	}

	@Test
	void plainHttpAddressIsRefused() {
		MockEnvironment environment = new MockEnvironment()
			.withProperty("spring.datasource.url", "jdbc:postgresql://db:5432/lessons")
			.withProperty("lti.launch.tool-url", "http://lessons.example.org")
			.withProperty("lti.keys.encryption-secret", "s3cret-s3cret");
		assertThat(ProductionRequirements.problems(environment)).singleElement()
			.asString()
			.contains("LTI_TOOL_URL", "it is http://lessons.example.org");
	}

}
