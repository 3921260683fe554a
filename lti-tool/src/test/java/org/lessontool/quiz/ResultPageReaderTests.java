package org.lessontool.quiz;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import org.lessontool.content.Question;
import org.lessontool.content.QuestionType;
import org.lessontool.content.QuizLayout;

import static org.assertj.core.api.Assertions.assertThat;

class ResultPageReaderTests {

	@Test
	void attemptsLeftAreCountedInWordsAndTheLastSaysSo() {
		assertThat(reader(submitted(Map.of()), 2, false, null).value("left", null)).isEqualTo("2 attempts left.");
		assertThat(reader(submitted(Map.of()), 1, false, null).value("left", null)).isEqualTo("1 attempt left.");
		ResultPageReader last = reader(submitted(Map.of()), 0, false, null);
		assertThat(last.test("last", null)).isTrue();
		assertThat(last.test("left", null)).isFalse();
		ResultPageReader unlimited = reader(submitted(Map.of()), -1, false, null);
		assertThat(unlimited.test("last", null)).isFalse();
		assertThat(unlimited.test("left", null)).isFalse();
	}

	@Test
	void aMissedQuestionShowsTheCorrectAnswerOnlyOnceAnswersAreShownAndNamesItsSection() {
		Question question = QuizPageReaderTests.bank.question(QuizPageReaderTests.first(QuestionType.SINGLE))
			.orElseThrow();
		String wrong = question.choices()
			.stream()
			.filter((c) -> !question.correctIds().contains(c.id()))
			.findFirst()
			.orElseThrow()
			.id();
		Attempt attempt = submitted(Map.of(question.id(), Set.of(wrong)), question.id());

		var hidden = reader(attempt, 1, false, null);
		assertThat(hidden.test("answers-hidden", null)).isTrue();
		assertThat(hidden.each("item", null)).singleElement().satisfies((item) -> {
			assertThat(item.value("verdict-class", null)).isEqualTo("wrong");
			assertThat(item.value("verdict", null)).isEqualTo("Not quite");
			assertThat(item.test("correct", null)).isFalse();
			assertThat(item.value("section", null)).startsWith("Section ").contains(": ");
			assertThat(item.value("section-id", null)).isEqualTo(question.section());
			assertThat(item.value("lt", null)).isEqualTo("token");
		});
		assertThat(reader(attempt, 0, true, null).each("item", null)).singleElement()
			.satisfies((item) -> assertThat(item.test("correct", null)).isTrue());
	}

	@Test
	void aQuestionLeftBlankSaysNone() {
		String id = QuizPageReaderTests.first(QuestionType.MULTIPLE);
		assertThat(reader(submitted(Map.of(), id), 1, false, null).each("item", null)).singleElement()
			.satisfies((item) -> assertThat(item.value("yours", null)).isEqualTo("(none)"));
	}

	@Test
	void onlyAGradeStillOnItsWayIsAskedAfterAgain() {
		GradeReport waiting = new GradeReport(GradeReport.State.WAITING, null);
		ResultPageReader pending = reader(submitted(Map.of()), 1, false, waiting);
		assertThat(pending.test("pending", null)).isTrue();
		assertThat(pending.value("grade-state", null)).isEqualTo("WAITING");
		ResultPageReader none = reader(submitted(Map.of()), 1, false, null);
		assertThat(none.test("pending", null)).isFalse();
		assertThat(none.value("grade-state", null)).isEqualTo("NONE");
		assertThat(none.value("grade-text", null)).contains("does not collect grades");
	}

	static ResultPageReader reader(Attempt attempt, int attemptsLeft, boolean showAnswers, GradeReport grade) {
		QuizReview review = QuizReview.of(QuizPageReaderTests.content, attempt, showAnswers);
		return new ResultPageReader(QuizPageReaderTests.session(), attempt, review,
				QuizPageReaderTests.content.lesson(), grade, attemptsLeft,
				GradeStatusText.pending(grade) ? "/poll" : "");
	}

	static Attempt submitted(Map<String, Set<String>> answers, String... asked) {
		QuizLayout layout = new QuizLayout(java.util.Arrays.stream(asked)
			.map((id) -> new QuizLayout.Item(id, QuizPageReaderTests.reversedChoices(id)))
			.toList());
		return new Attempt("attempt-1", "scope", "platform", "student", "link", 1, Attempt.Status.SUBMITTED, false,
				answers, 0, asked.length, OffsetDateTime.now(), OffsetDateTime.now(), layout);
	}

}
