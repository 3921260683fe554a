package org.lessontool.quiz;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lessontool.content.LessonContent;
import org.lessontool.content.Question;
import org.lessontool.content.Section;

/**
 * A submitted attempt, question by question: right or wrong, the student's and the
 * correct answers, the explanation and the section it came from. Shown only after
 * submission.
 *
 * @param items one per question, in quiz order
 */
record QuizReview(List<Item> items) {

	static QuizReview of(LessonContent content, Attempt attempt) {
		Map<String, Boolean> results = QuizScorer.results(content.quiz(), attempt.answers());
		List<Item> items = content.quiz().questions().stream().map((question) -> {
			Set<String> chosen = attempt.answers().getOrDefault(question.id(), Set.of());
			List<String> yours = question.choices()
				.stream()
				.filter((c) -> chosen.contains(c.id()))
				.map(Question.Choice::text)
				.toList();
			List<String> correct = question.choices()
				.stream()
				.filter(Question.Choice::correct)
				.map(Question.Choice::text)
				.toList();
			Section section = content.lesson().section(question.section()).orElseThrow();
			return new Item(question, results.get(question.id()), yours, correct, section);
		}).toList();
		return new QuizReview(items);
	}

	/**
	 * One reviewed question.
	 *
	 * @param question the question with its explanation
	 * @param right whether the student got it right
	 * @param yours the texts of the chosen choices
	 * @param correct the texts of the correct choices
	 * @param section the section it tests
	 */
	record Item(Question question, boolean right, List<String> yours, List<String> correct, Section section) {
	}

}
