package org.lessontool.dashboard;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.lessontool.quiz.Attempt;
import org.lessontool.quiz.ClassAttempts;

/**
 * Which questions trip the class up: for each question, the share of students who got it
 * right and the wrong choice picked most. Each student counts once, with their latest
 * submitted attempt, so a student who retries many times does not weigh more.
 *
 * @param items one per question, in quiz order
 * @param students how many students' attempts were read
 */
record ItemAnalysis(List<ItemResult> items, int students) {

	/**
	 * @param number the question's position
	 * @param id the question id
	 * @param prompt the question
	 * @param answered how many students answered it
	 * @param correct how many got it right
	 * @param commonWrong the wrong choice picked most, or null
	 * @param commonWrongCount how many picked it
	 */
	record ItemResult(int number, String id, String prompt, int answered, int correct, String commonWrong,
			int commonWrongCount) {

		public int percentCorrect() {
			return (this.answered == 0) ? 0 : Math.round(100f * this.correct / this.answered);
		}

	}

	static ItemAnalysis of(List<ClassAttempts.Item> items, List<Attempt> submitted) {
		Map<String, Attempt> latest = new LinkedHashMap<>();
		submitted.stream()
			.sorted(Comparator.comparingInt(Attempt::number))
			.forEach((attempt) -> latest.put(attempt.subject(), attempt));
		List<ItemResult> results = items.stream()
			.map((item) -> result(item, latest.values().stream().toList()))
			.toList();
		return new ItemAnalysis(results, latest.size());
	}

	private static ItemResult result(ClassAttempts.Item item, List<Attempt> attempts) {
		Set<String> key = item.choices()
			.stream()
			.filter(ClassAttempts.ItemChoice::correct)
			.map(ClassAttempts.ItemChoice::id)
			.collect(java.util.stream.Collectors.toSet());
		Map<String, Integer> wrongPicks = new LinkedHashMap<>();
		int correct = 0;
		for (Attempt attempt : attempts) {
			Set<String> chosen = attempt.answers().getOrDefault(item.id(), Set.of());
			if (chosen.equals(key)) {
				correct++;
			}
			chosen.stream()
				.filter((choice) -> !key.contains(choice))
				.forEach((choice) -> wrongPicks.merge(choice, 1, Integer::sum));
		}
		var top = wrongPicks.entrySet().stream().max(Map.Entry.comparingByValue());
		String wrongText = top
			.flatMap((entry) -> item.choices()
				.stream()
				.filter((choice) -> choice.id().equals(entry.getKey()))
				.map(ClassAttempts.ItemChoice::text)
				.findFirst())
			.orElse(null);
		return new ItemResult(item.number(), item.id(), item.prompt(), attempts.size(), correct, wrongText,
				top.map(Map.Entry::getValue).orElse(0));
	}

}
