package org.lessontool.grading;

import java.time.Duration;

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

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, item 2: an LMS whose token endpoint stops answering delays only its own
 * grades. The tool waits 20 s for a token here, so a sender that served platforms one
 * after another would hold the healthy platform's grade at least that long.
 */
@ToolTest
@TestPropertySource(properties = "lti.platform.deadline=20s")
class SlowPlatformIsolationTests {

	static final TestPlatform stalled = new TestPlatform();

	static final TestPlatform healthy = new TestPlatform();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void platforms(DynamicPropertyRegistry registry) {
		stalled.declare(registry, 0, TestPlatform.CLIENT_ID, "STRICT");
		healthy.declare(registry, 1, TestPlatform.CLIENT_ID, "STRICT");
	}

	@AfterAll
	static void answerAgain() {
		stalled.ags().stopAnsweringTokens(false);
	}

	@Test
	void aStalledLmsDoesNotHoldBackAnotherLmssGrade() {
		stalled.ags().stopAnsweringTokens(true);
		Student.launch(this.port, stalled, "stalled-1", (claims) -> {
		}).takeQuiz(Student.ALL_CORRECT);
		Student.launch(this.port, stalled, "stalled-2", (claims) -> {
		}).takeQuiz(Student.ALL_CORRECT);
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(stalled.ags().tokenLog()).isNotEmpty());
		Student.launch(this.port, healthy, "healthy-1", (claims) -> {
		}).takeQuiz(Student.ALL_CORRECT);
		await().atMost(Duration.ofSeconds(12))
			.untilAsserted(() -> assertThat(healthy.ags().scoresFor("healthy-1")).isNotEmpty());
		assertThat(status("stalled-1")).isNotEqualTo("DELIVERED");
		// the stalled LMS answers again: its grades follow
		stalled.ags().stopAnsweringTokens(false);
		await().atMost(Duration.ofSeconds(60))
			.untilAsserted(() -> assertThat(status("stalled-2")).isEqualTo("DELIVERED"));
	}

	String status(String subject) {
		return this.jdbc.sql("select status from grade_delivery where subject = :s and score_given is not null")
			.param("s", subject)
			.query(String.class)
			.single();
	}

}
