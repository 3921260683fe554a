package org.lessontool.content;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;
import java.util.Set;

/**
 * The questions one attempt asks, in order, each with its choices in the order shown.
 * Drawn once from a seed and stored with the attempt, so the page, a reload, the review
 * and the teacher's item analysis all see the same thing.
 *
 * @param items the questions asked, in order
 */
public record QuizLayout(List<Item> items) {

	/** The layout of an attempt stored before layouts were: it asks nothing. */
	public static final QuizLayout NONE = new QuizLayout(List.of());

	public QuizLayout {
		items = Lists.copy(items);
	}

	/**
	 * One asked question.
	 *
	 * @param question the question id
	 * @param choices its choice ids in the order shown
	 */
	public record Item(String question, List<String> choices) {

		public Item {
			choices = Lists.copy(choices);
		}

	}

	/**
	 * Draws {@code quiz.draw()} from the bank: per section, questions a previous attempt
	 * did not ask come first, then the rest; choices are shuffled, True/False stays in
	 * that order.
	 * @param quiz the bank
	 * @param seed the attempt's seed
	 * @param askedBefore question ids the student's earlier attempts asked
	 * @return the attempt's layout
	 */
	public static QuizLayout draw(Quiz quiz, long seed, Set<String> askedBefore) {
		// a seeded generator, so a stored seed would redraw the same layout
		SplittableRandom random = new SplittableRandom(seed);
		List<Item> items = new ArrayList<>();
		quiz.draw().sections().forEach((section, count) -> {
			List<Question> fresh = new ArrayList<>();
			List<Question> seen = new ArrayList<>();
			quiz.questions()
				.stream()
				.filter((q) -> section.equals(q.section()))
				.forEach((q) -> (askedBefore.contains(q.id()) ? seen : fresh).add(q));
			shuffle(fresh, random);
			shuffle(seen, random);
			List<Question> picked = new ArrayList<>(fresh);
			picked.addAll(seen);
			picked = new ArrayList<>(picked.subList(0, Math.min(count, picked.size())));
			shuffle(picked, random);
			picked.forEach((q) -> items.add(new Item(q.id(), order(q, random))));
		});
		return new QuizLayout(items);
	}

	/**
	 * Every question of the bank in its written order, as a teacher's preview shows it.
	 */
	public static QuizLayout all(Quiz quiz) {
		return new QuizLayout(quiz.questions()
			.stream()
			.map((q) -> new Item(q.id(), q.choices().stream().map(Question.Choice::id).toList()))
			.toList());
	}

	private static List<String> order(Question question, SplittableRandom random) {
		List<String> ids = new ArrayList<>(question.choices().stream().map(Question.Choice::id).toList());
		if (question.type() != QuestionType.TRUE_FALSE) {
			shuffle(ids, random);
		}
		return ids;
	}

	private static <T> void shuffle(List<T> list, SplittableRandom random) {
		for (int i = list.size() - 1; i > 0; i--) {
			Collections.swap(list, i, random.nextInt(i + 1));
		}
	}

	public boolean asks(String questionId) {
		return this.items.stream().anyMatch((item) -> item.question().equals(questionId));
	}

	/** How many questions the attempt asks. */
	public int size() {
		return this.items.size();
	}

}
