package org.lessontool.keys;

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
				.run("--server.port=0", "--SPRING_DATASOURCE_URL=jdbc:h2:mem:no-secret;DB_CLOSE_DELAY=-1")
				.close())
			.havingRootCause()
			.withMessageContaining("LTI_KEYS_ENCRYPTION_SECRET");
	}

}
