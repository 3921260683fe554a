package org.lessontool.quiz;

import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.lessontool.content.LessonLoader;
import org.lessontool.content.LessonSource;
import org.lessontool.content.Quiz;
import org.lessontool.content.QuizLayout;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * lti-checklist A-24: a question is right when exactly its correct choices were chosen,
 * and only the questions the attempt asked count (issue 18: the scorer's own tests).
 */
class QuizScorerTests {

	static final Quiz quiz = LessonLoader.standard().load(LessonSource.classpath("lessons/964")).quiz();

	final QuizLayout asked = new QuizLayout(
			java.util.List.of(new QuizLayout.Item("q01", java.util.List.of("a", "b", "c", "d")),
					new QuizLayout.Item("q05", java.util.List.of("a", "b", "c", "d"))));

	@Test
	void whenExactlyTheCorrectChoicesAreChosenThenTheQuestionIsRight() {
		Map<String, Boolean> results = QuizScorer.results(quiz, this.asked,
				Map.of("q01", Set.of("b"), "q05", Set.of("a", "c")));
		assertThat(results).containsExactly(Map.entry("q01", true), Map.entry("q05", true));
		assertThat(QuizScorer.score(quiz, this.asked, Map.of("q01", Set.of("b"), "q05", Set.of("a", "c"))))
			.isEqualTo(2);
	}

	@Test
	void whenAChoiceIsMissingOrOneTooManyThenTheQuestionIsWrong() {
		assertThat(QuizScorer.results(quiz, this.asked, Map.of("q01", Set.of("b"), "q05", Set.of("a"))))
			.containsEntry("q05", false);
		assertThat(QuizScorer.results(quiz, this.asked, Map.of("q05", Set.of("a", "b", "c")))).containsEntry("q05",
				false);
	}

	@Test
	void whenAQuestionIsLeftBlankThenItIsWrongAndQuestionsNotAskedDoNotCount() {
		Map<String, Boolean> results = QuizScorer.results(quiz, this.asked,
				Map.of("q01", Set.of("b"), "q02", Set.of("c")));
		assertThat(results).containsExactly(Map.entry("q01", true), Map.entry("q05", false));
		assertThat(QuizScorer.score(quiz, QuizLayout.NONE, Map.of("q01", Set.of("b")))).isZero();
	}

}
