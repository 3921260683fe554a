package org.lessontool.dashboard;

import org.jspecify.annotations.Nullable;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.lessontool.quiz.Attempt;
import org.lessontool.quiz.ClassAttempts;

/**
 * Which questions of the bank trip the class up: for each question, how many students
 * were asked it and got it right, and how often each choice was picked (the distractor
 * analysis). Each student counts once per question, with the latest attempt that asked
 * it, so a student who retries many times does not weigh more.
 *
 * @param items one per question of the bank, in bank order
 * @param students how many students' attempts were read
 */
record ItemAnalysis(List<ItemResult> items, int students) {

	/**
	 * @param number the question's position in the bank
	 * @param id the question id
	 * @param prompt the question
	 * @param answered how many students were asked it
	 * @param correct how many got it right
	 * @param commonWrong the wrong choice picked most, or null
	 * @param commonWrongCount how many picked it
	 * @param choices every choice with how many students picked it
	 */
	record ItemResult(int number, String id, String prompt, int answered, int correct, @Nullable String commonWrong,
			int commonWrongCount, List<ChoicePicks> choices) {

		public int percentCorrect() {
			return (this.answered == 0) ? 0 : Math.round(100f * this.correct / this.answered);
		}

		/** Fewer than half of the students who were asked it got it right. */
		public boolean weak() {
			return this.answered > 0 && 2 * this.correct < this.answered;
		}

	}

	/**
	 * Issue 16: the questions some student was asked, hardest first (lowest share right,
	 * then the most students asked, then bank order), so the teacher reads what to go
	 * over at the top.
	 */
	List<ItemResult> hardestFirst() {
		return this.items.stream()
			.filter((item) -> item.answered() > 0)
			.sorted(Comparator.comparingInt(ItemResult::percentCorrect)
				.thenComparing(Comparator.comparingInt(ItemResult::answered).reversed())
				.thenComparingInt(ItemResult::number))
			.toList();
	}

	/**
	 * @param text the choice
	 * @param correct whether it is part of the answer
	 * @param picks how many students picked it
	 */
	record ChoicePicks(String text, boolean correct, int picks) {
	}

	static ItemAnalysis of(List<ClassAttempts.Item> items, List<Attempt> submitted) {
		// per question, each student's answer in the latest attempt that asked it
		Map<String, Map<String, Set<String>>> answers = new LinkedHashMap<>();
		submitted.stream().sorted(Comparator.comparingInt(Attempt::number)).forEach((attempt) -> {
			attempt.asked()
				.forEach((asked) -> answers.computeIfAbsent(asked, (q) -> new LinkedHashMap<>())
					.put(attempt.subject(), attempt.answers().getOrDefault(asked, Set.of())));
		});
		List<ItemResult> results = items.stream()
			.map((item) -> result(item, answers.getOrDefault(item.id(), Map.of()).values().stream().toList()))
			.toList();
		return new ItemAnalysis(results, (int) submitted.stream().map(Attempt::subject).distinct().count());
	}

	private static ItemResult result(ClassAttempts.Item item, List<Set<String>> answers) {
		Set<String> key = new TreeSet<>();
		item.choices().stream().filter(ClassAttempts.ItemChoice::correct).forEach((c) -> key.add(c.id()));
		Map<String, Integer> picks = new LinkedHashMap<>();
		int correct = 0;
		for (Set<String> chosen : answers) {
			if (key.equals(new TreeSet<>(chosen))) {
				correct++;
			}
			chosen.forEach((choice) -> picks.merge(choice, 1, Integer::sum));
		}
		List<ChoicePicks> choices = item.choices()
			.stream()
			.map((c) -> new ChoicePicks(c.text(), c.correct(), picks.getOrDefault(c.id(), 0)))
			.toList();
		ChoicePicks wrong = choices.stream()
			.filter((c) -> !c.correct() && c.picks() > 0)
			.max(Comparator.comparingInt(ChoicePicks::picks))
			.orElse(null);
		return new ItemResult(item.number(), item.id(), item.prompt(), answers.size(), correct,
				(wrong != null) ? wrong.text() : null, (wrong != null) ? wrong.picks() : 0, choices);
	}

}
