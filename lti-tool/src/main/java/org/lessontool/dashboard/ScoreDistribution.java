package org.lessontool.dashboard;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.lessontool.quiz.Attempt;

/**
 * How many students have each score, by their latest submitted attempt.
 *
 * @param counts students per score, index = score
 */
record ScoreDistribution(List<Integer> counts) {

	static ScoreDistribution of(List<Attempt> submitted, int maxScore) {
		Map<String, Attempt> latest = new LinkedHashMap<>();
		submitted.stream()
			.sorted(Comparator.comparingInt(Attempt::number))
			.forEach((attempt) -> latest.put(attempt.subject(), attempt));
		int[] counts = new int[maxScore + 1];
		latest.values()
			.stream()
			.map(Attempt::score)
			.filter(java.util.Objects::nonNull)
			.forEach((score) -> counts[Math.min(maxScore, Math.max(0, score))]++);
		return new ScoreDistribution(IntStream.of(counts).boxed().toList());
	}

	public int students() {
		return this.counts.stream().mapToInt(Integer::intValue).sum();
	}

	BarChart chart() {
		List<String> labels = IntStream.range(0, this.counts.size()).mapToObj(Integer::toString).toList();
		return BarChart.of(labels, this.counts, this.counts.stream().map(String::valueOf).toList(), 1);
	}

}
