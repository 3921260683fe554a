package org.lessontool.content;

import java.util.List;
import java.util.Optional;

/**
 * The contents of {@code quiz.yaml}: the questions with their answer key. It never leaves
 * the server; pages get a {@link QuizView}.
 *
 * @param questions the questions in the order they are asked
 */
public record Quiz(List<Question> questions) {

	public Quiz {
		questions = Lists.copy(questions);
	}

	public Optional<Question> question(String id) {
		return this.questions.stream().filter((question) -> question.id().equals(id)).findFirst();
	}

	/**
	 * The quiz as a page may show it before submission: no correct flags, no
	 * explanations.
	 */
	public QuizView view() {
		return new QuizView(this.questions.stream().map(Question::view).toList());
	}

}
