package org.lessontool.grading;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.lessontool.test.Student;
import org.lessontool.test.TestPlatform;
import org.lessontool.test.ToolTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Issue 19: a backlog larger than one look drains without waiting for the send interval
 * between looks. The interval here is an hour, so only the look this test starts runs; a
 * sender that waited for the next interval would deliver one batch of 3 and stop.
 */
@ToolTest
@TestPropertySource(properties = { "lti.grading.send-interval=1h", "lti.grading.batch-size=3" })
class GradeBacklogTests {

	static final TestPlatform platform = new TestPlatform();

	@LocalServerPort
	int port;

	@Autowired
	GradeSender sender;

	@DynamicPropertySource
	static void platforms(DynamicPropertyRegistry registry) {
		platform.declare(registry, 0, TestPlatform.CLIENT_ID, "STRICT");
	}

	@Test
	void aFullLookIsFollowedAtOnceByAnotherUntilTheBacklogIsSent() {
		for (int i = 0; i < 7; i++) {
			Student.launch(this.port, platform, "backlog-" + i, (claims) -> {
			}).takeQuiz(Student.ALL_CORRECT);
		}
		assertThat(platform.ags().scoresStartingWith("backlog-")).isEmpty();
		this.sender.sendDue();
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(platform.ags().scoresStartingWith("backlog-")).hasSize(7));
	}

}
