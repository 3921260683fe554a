package org.lessontool.grading;

import java.time.Duration;
import java.time.OffsetDateTime;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lessontool.test.Student;
import org.lessontool.test.TestPlatform;
import org.lessontool.test.ToolTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 19: an LMS that does not answer a grade is not sent its other grades until the
 * pause ends. The first wait here is 30 s, so a sender that tried each grade on its own
 * (a round every 100 ms) would post the second grade at once.
 */
@ToolTest
@TestPropertySource(properties = { "lti.grading.first-retry=30s", "lti.grading.max-retry=1m" })
class PlatformPauseTests {

	static final TestPlatform platform = new TestPlatform();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void platforms(DynamicPropertyRegistry registry) {
		platform.declare(registry, 0, TestPlatform.CLIENT_ID, "STRICT");
	}

	@AfterAll
	static void answerAgain() {
		platform.ags().recover();
	}

	@Test
	void whileTheLmsDoesNotAnswerItsOtherGradesWaitUntriedAndFollowOnceThePauseEnds() {
		platform.ags().goDown();
		Student.launch(this.port, platform, "pause-1", (claims) -> {
		}).takeQuiz(Student.ALL_CORRECT);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(attempts("pause-1")).isEqualTo(1));
		Student.launch(this.port, platform, "pause-2", (claims) -> {
		}).takeQuiz(Student.ALL_CORRECT);
		await().during(Duration.ofSeconds(1)).atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
			assertThat(platform.ags().scoresFor("pause-2")).isEmpty();
			assertThat(attempts("pause-2")).isZero();
		});
		assertThat(platform.ags().scoresFor("pause-1")).hasSize(1);

		platform.ags().recover();
		// as if the 30 s had passed: the pause and the first grade's own wait end
		OffsetDateTime past = OffsetDateTime.now().minusSeconds(1);
		this.jdbc.sql("update grade_pause set paused_until = :past").param("past", past).update();
		this.jdbc.sql("update grade_delivery set next_attempt_at = :past where subject = 'pause-1'")
			.param("past", past)
			.update();
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(status("pause-1")).isEqualTo("DELIVERED");
			assertThat(status("pause-2")).isEqualTo("DELIVERED");
		});
		assertThat(platform.ags().scoresFor("pause-1")).hasSize(2);
		assertThat(platform.ags().scoresFor("pause-2")).hasSize(1);
		assertThat(attempts("pause-2")).isEqualTo(1);
	}

	private String status(String subject) {
		return this.jdbc.sql("select status from grade_delivery where subject = :s")
			.param("s", subject)
			.query(String.class)
			.single();
	}

	private int attempts(String subject) {
		return this.jdbc.sql("select attempts from grade_delivery where subject = :s")
			.param("s", subject)
			.query(Integer.class)
			.single();
	}

}
