package org.lessontool.tool;

import org.junit.jupiter.api.Test;
import org.lessontool.LessonToolApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatException;

/** In prod the tool refuses to start without the key-encryption secret. */
class KeyEncryptionStartupTests {

	@Test
	void prodWithoutTheSecretDoesNotStart() {
		assertThatException()
			.isThrownBy(() -> new SpringApplicationBuilder(LessonToolApplication.class).profiles("test", "prod")
				.run("--server.port=0", "--MANAGEMENT_PORT=0", "--LTI_TOOL_URL=https://lessons.example.org",
						"--SPRING_DATASOURCE_URL=jdbc:postgresql://127.0.0.1:5432/lessontool_test")
				.close())
			.extracting(org.springframework.core.NestedExceptionUtils::getMostSpecificCause)
			.asInstanceOf(org.assertj.core.api.InstanceOfAssertFactories.THROWABLE)
			.hasMessageContaining("LTI_KEYS_ENCRYPTION_SECRET must be set")
			.hasMessageNotContaining("SPRING_DATASOURCE_URL");
	}

}
