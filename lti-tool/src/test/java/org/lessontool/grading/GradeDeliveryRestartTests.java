package org.lessontool.grading;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.lessontool.LessonToolApplication;
import org.lessontool.test.Student;
import org.lessontool.test.TestPlatform;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A grade waiting while the LMS is down survives a restart of the tool and is delivered
 * after it.
 */
class GradeDeliveryRestartTests {

	static final TestPlatform platform = new TestPlatform();

	@TempDir
	Path data;

	@Test
	void gradeQueuedBeforeARestartIsDeliveredAfterIt() {
		Integer[] down = new Integer[500];
		java.util.Arrays.fill(down, 503);
		platform.ags().answerScores(down);
		try (ConfigurableApplicationContext before = start()) {
			Student student = Student.launch(port(before), platform, "restart-1", (claims) -> {
			});
			assertThat(student.takeQuiz(Student.ONE_RIGHT).body()).contains("Sending your score to your gradebook");
			await().atMost(Duration.ofSeconds(10))
				.untilAsserted(() -> assertThat(attempts(before)).isGreaterThanOrEqualTo(1));
		}
		platform.ags().reset(); // the LMS is back
		try (ConfigurableApplicationContext after = start()) {
			await().atMost(Duration.ofSeconds(15))
				.untilAsserted(() -> assertThat(status(after)).isEqualTo("DELIVERED"));
			assertThat(platform.ags().scoresFor("restart-1")).hasSize(1);
		}
	}

	private ConfigurableApplicationContext start() {
		return new SpringApplicationBuilder(LessonToolApplication.class).profiles("test")
			.run("--server.port=0", "--spring.datasource.url=jdbc:h2:file:" + this.data.resolve("tool"),
					"--lti.platforms[0].issuer=" + platform.issuer(),
					"--lti.platforms[0].client-id=" + TestPlatform.CLIENT_ID,
					"--lti.platforms[0].authorization-endpoint=" + platform.authorizationEndpoint(),
					"--lti.platforms[0].token-endpoint=" + platform.tokenEndpoint(),
					"--lti.platforms[0].jwks-url=" + platform.jwksUrl(),
					"--lti.platforms[0].deployment-ids[0]=" + TestPlatform.DEPLOYMENT_ID);
	}

	private static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	private static String status(ConfigurableApplicationContext context) {
		return context.getBean(JdbcClient.class)
			.sql("select status from grade_delivery where subject = 'restart-1'")
			.query(String.class)
			.single();
	}

	private static int attempts(ConfigurableApplicationContext context) {
		return context.getBean(JdbcClient.class)
			.sql("select attempts from grade_delivery where subject = 'restart-1'")
			.query(Integer.class)
			.single();
	}

}
