package org.lessontool.grading;

import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lessontool.test.Student;
import org.lessontool.test.ToolTest;

import org.springframework.test.context.TestPropertySource;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * lti-checklist: opening the quiz tells the gradebook the student started,
 * with no score.
 */
@ToolTest
@TestPropertySource(properties = "lti.grading.send-started=true")
class StartedScoreTests extends GradingContractSupport {

	@Test
	void firstOpenSendsStartedNotReadyWithoutAScoreThenSubmitSendsTheScore() {
		Student student = Student.launch(this.port, platform, "started-1", (claims) -> {
		});
		student.post("/quiz", Map.of());
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(platform.ags().scoresFor("started-1")).hasSize(1));
		Map<String, Object> started = json(platform.ags().scoresFor("started-1").get(0).body());
		assertThat(started).containsEntry("activityProgress", "Started")
			.containsEntry("gradingProgress", "NotReady")
			.doesNotContainKeys("scoreGiven", "scoreMaximum");
		student.takeQuiz(Student.ONE_RIGHT);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(platform.ags().scoresFor("started-1")).hasSize(2));
		assertThat(json(platform.ags().scoresFor("started-1").get(1).body()))
			.containsEntry("activityProgress", "Completed")
			.containsEntry("scoreGiven", 1L);
		student.post("/quiz", Map.of());
		assertThat(platform.ags().scoresFor("started-1")).hasSize(2);
	}

}
