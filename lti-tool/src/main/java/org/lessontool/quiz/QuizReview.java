package org.lessontool.quiz;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

import org.lessontool.content.LessonContent;
import org.lessontool.content.Question;
import org.lessontool.content.Section;

/**
 * A submitted attempt, question by question: right or wrong, the student's answer, the
 * explanation and the section to read again, and the correct choices only when the quiz
 * policy shows them. Shown only after submission.
 *
 * @param items one per question, in the attempt's order
 * @param answersShown whether the correct choices are shown
 */
record QuizReview(List<Item> items, boolean answersShown) {

	static QuizReview of(LessonContent content, Attempt attempt, boolean showAnswers) {
		Map<String, Boolean> results = QuizScorer.results(content.quiz(), attempt.layout(), attempt.answers());
		List<Item> items = attempt.layout().items().stream().map((asked) -> {
			Question question = content.quiz().question(asked.question()).orElseThrow();
			Set<String> chosen = attempt.answers().getOrDefault(question.id(), Set.of());
			List<String> yours = texts(question, asked.choices(), chosen::contains);
			List<String> correct = showAnswers ? texts(question, asked.choices(), question.correctIds()::contains)
					: List.of();
			Section section = content.lesson().section(question.section()).orElseThrow();
			return new Item(question, Boolean.TRUE.equals(results.get(question.id())), yours, correct, section);
		}).toList();
		return new QuizReview(items, showAnswers);
	}

	private static List<String> texts(Question question, List<String> order, Predicate<String> which) {
		return order.stream()
			.filter(which)
			.flatMap((id) -> question.choices().stream().filter((c) -> c.id().equals(id)))
			.map(Question.Choice::text)
			.toList();
	}

	/**
	 * One reviewed question.
	 *
	 * @param question the question with its explanation
	 * @param right whether the student got it right
	 * @param yours the texts of the chosen choices
	 * @param correct the texts of the correct choices, empty while they are not shown
	 * @param section the section it tests
	 */
	record Item(Question question, boolean right, List<String> yours, List<String> correct, Section section) {
	}

}
