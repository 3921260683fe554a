package org.lessontool.quiz;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.lessontool.content.QuizLayout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A submitted quiz form: answers to the attempt's own questions and choices only;
 * anything else was tampered with (issue 18: the reader's own tests).
 */
class AnswersTests {

	final QuizLayout asked = new QuizLayout(List.of(new QuizLayout.Item("q01", List.of("a", "b", "c", "d")),
			new QuizLayout.Item("q05", List.of("a", "b", "c", "d"))));

	@Test
	void whenTheFormAnswersAskedQuestionsThenItsChoicesAreReadAndItsOwnFieldsSkipped() {
		Map<String, String[]> form = new LinkedHashMap<>();
		form.put("lt", new String[] { "token" });
		form.put("csrf", new String[] { "csrf" });
		form.put("q01", new String[] { "b" });
		form.put("q05", new String[] { "c", "a" });
		assertThat(Answers.read(form, QuizScorerTests.quiz, this.asked)).containsExactly(Map.entry("q01", Set.of("b")),
				Map.entry("q05", Set.of("a", "c")));
	}

	@Test
	void whenTheFormNamesAQuestionTheAttemptDidNotAskThenItIsRefused() {
		assertThatThrownBy(() -> Answers.read(Map.of("q02", new String[] { "c" }), QuizScorerTests.quiz, this.asked))
			.isInstanceOf(QuizInputException.class)
			.hasMessageContaining("no question 'q02'");
	}

	@Test
	void whenAChoiceIsUnknownOrASingleAnswerQuestionGetsTwoThenItIsRefused() {
		assertThatThrownBy(() -> Answers.read(Map.of("q01", new String[] { "z" }), QuizScorerTests.quiz, this.asked))
			.isInstanceOf(QuizInputException.class)
			.hasMessageContaining("no choice 'z'");
		assertThatThrownBy(
				() -> Answers.read(Map.of("q01", new String[] { "a", "b" }), QuizScorerTests.quiz, this.asked))
			.isInstanceOf(QuizInputException.class)
			.hasMessageContaining("takes one answer");
	}

	@Test
	void whenAFieldNameIsVeryLongThenTheMessageShortensIt() {
		String name = "x".repeat(5000);
		assertThatThrownBy(() -> Answers.read(Map.of(name, new String[] { "a" }), QuizScorerTests.quiz, this.asked))
			.hasMessageContaining("x".repeat(40) + "…")
			.message()
			.hasSizeLessThan(100);
	}

}
