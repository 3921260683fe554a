package org.lessontool.content;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How an attempt's questions are drawn from the bank: a fixed number from each section,
 * so every attempt is out of the same total and covers the lesson the same way.
 *
 * @param sections how many questions each section gives, by section id
 * @param notRecall the fewest questions of every draw that must not be recall
 */
public record QuizDraw(Map<String, Integer> sections, int notRecall) {

	public QuizDraw {
		sections = (sections != null) ? java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sections)) : Map.of();
	}

	/** How many questions every attempt asks. */
	public int total() {
		return this.sections.values().stream().mapToInt(Integer::intValue).sum();
	}

}
