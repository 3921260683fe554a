package org.lessontool.quiz;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * A class's attempts on one resource link, and the bank's questions with their key, for
 * the teacher view. Test students' attempts (C-40) are left out.
 */
@Component
public class ClassAttempts {

	private final AttemptRepository attempts;

	private final QuizContent quiz;

	ClassAttempts(AttemptRepository attempts, QuizContent quiz) {
		this.attempts = attempts;
		this.quiz = quiz;
	}

	/**
	 * A question as the teacher view shows it.
	 *
	 * @param id the question id
	 * @param number its position, from 1
	 * @param prompt the question
	 * @param choices its choices, with the key
	 */
	public record Item(String id, int number, String prompt, List<ItemChoice> choices) {
	}

	/**
	 * A choice and whether it is correct.
	 *
	 * @param id the choice id
	 * @param text the choice text
	 * @param correct whether it is part of the answer
	 */
	public record ItemChoice(String id, String text, boolean correct) {
	}

	public List<Item> items() {
		var questions = this.quiz.content().quiz().questions();
		return java.util.stream.IntStream.range(0, questions.size()).mapToObj((i) -> {
			var question = questions.get(i);
			return new Item(question.id(), i + 1, question.prompt(),
					question.choices()
						.stream()
						.map((choice) -> new ItemChoice(choice.id(), choice.text(), choice.correct()))
						.toList());
		}).toList();
	}

	/** How many questions every attempt asks, the score's maximum. */
	public int questionCount() {
		return this.quiz.content().quiz().questionCount();
	}

	/** Every attempt of real students on this link in this course, oldest first. */
	public List<Attempt> of(String scopeKey, String resourceLinkId) {
		return this.attempts.findForLink(scopeKey, resourceLinkId)
			.stream()
			.filter((attempt) -> !attempt.testUser())
			.toList();
	}

}
