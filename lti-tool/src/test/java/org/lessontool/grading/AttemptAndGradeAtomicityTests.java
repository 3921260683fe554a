package org.lessontool.grading;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lessontool.quiz.QuizAttemptScored;
import org.lessontool.test.QuizKey;
import org.lessontool.test.Student;
import org.lessontool.test.ToolTest;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.event.EventListener;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The attempt and its grade delivery are stored in one transaction: when storing the
 * grade fails, the attempt is not closed either, and the student can submit again.
 */
@ToolTest
class AttemptAndGradeAtomicityTests extends GradingContractSupport {

	@Test
	void attemptIsNotClosedWhenItsGradeCannotBeStored() {
		Student student = Student.launch(this.port, platform, "atomic-1", (claims) -> {
		});
		String quiz = student.post("/quiz", Map.of()).body();
		assertThat(student.postMulti(Student.submitPath(quiz), QuizKey.correct(QuizKey.asked(quiz).subList(0, 1)))
			.statusCode()).isEqualTo(500);
		assertThat(this.jdbc.sql("select status from quiz_attempt where subject = 'atomic-1'")
			.query(String.class)
			.single()).isEqualTo("OPEN");
		assertThat(status("atomic-1")).isEqualTo("none");
	}

	@TestConfiguration
	static class FailingGradeStore {

		@EventListener
		void scored(QuizAttemptScored event) {
			if (event.attempt().subject().equals("atomic-1")) {
				throw new IllegalStateException("the grade store is down");
			}
		}

	}

}
