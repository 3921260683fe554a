package org.lessontool.content;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The contents of {@code quiz.yaml}: the questions with their answer key. It never leaves
 * the server; pages get a {@link QuizView}.
 *
 * @param draw how each attempt's questions are drawn from the bank
 * @param questions the bank, grouped by section
 */
public record Quiz(QuizDraw draw, List<Question> questions) {

	public Quiz {
		questions = Lists.copy(questions);
		draw = (draw != null) ? draw : new QuizDraw(Map.of(), 0);
	}

	/** How many questions every attempt asks. */
	public int questionCount() {
		return this.draw.total();
	}

	public Optional<Question> question(String id) {
		return this.questions.stream().filter((question) -> question.id().equals(id)).findFirst();
	}

	/**
	 * The quiz as a page may show it before submission: no correct flags, no
	 * explanations.
	 */
	public QuizView view() {
		return view(QuizLayout.all(this));
	}

	/** One attempt's questions and choices, in the order its layout shows them. */
	public QuizView view(QuizLayout layout) {
		return new QuizView(layout.items()
			.stream()
			.map((item) -> question(item.question()).map((q) -> q.view(item.choices())))
			.flatMap(Optional::stream)
			.toList());
	}

}
