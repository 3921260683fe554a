package org.lessontool.registration;

import org.junit.jupiter.api.Test;
import org.lessontool.LessonToolApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;

import static org.assertj.core.api.Assertions.assertThatException;

/**
 * lti-checklist C-03: where HTTPS is required (prod), a platform declared with http stops
 * the start.
 */
class DeclaredPlatformsStartupTests {

	@Test
	void httpJwksUrlIsRefusedWhereHttpsIsRequired() {
		assertThatException()
			.isThrownBy(() -> new SpringApplicationBuilder(LessonToolApplication.class).profiles("test")
				.run("--server.port=0", "--lti.require-https=true",
						"--lti.platforms[0].issuer=https://moodle.example.org", "--lti.platforms[0].client-id=abc",
						"--lti.platforms[0].authorization-endpoint=https://moodle.example.org/mod/lti/auth.php",
						"--lti.platforms[0].token-endpoint=https://moodle.example.org/mod/lti/token.php",
						"--lti.platforms[0].jwks-url=http://moodle.example.org/mod/lti/certs.php")
				.close())
			.havingRootCause()
			.withMessage(
					"lti.platforms[0]: jwks-url must use https, got 'http://moodle.example.org/mod/lti/certs.php'");
	}

	@Test
	void incompleteDeclarationIsRefused() {
		assertThatException()
			.isThrownBy(() -> new SpringApplicationBuilder(LessonToolApplication.class).profiles("test")
				.run("--server.port=0", "--lti.platforms[0].issuer=https://canvas.instructure.com",
						"--lti.platforms[0].client-id=10000000000001")
				.close())
			.havingRootCause()
			.withMessageStartingWith("lti.platforms[0]: authorization-endpoint is missing");
	}

}
