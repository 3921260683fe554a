package org.lessontool.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Each section the draw names holds at least as many questions as the draw takes from it,
 * so every attempt can be drawn in full.
 */
final class DrawPoolRule implements ContentRule {

	@Override
	public List<ContentProblem> check(LessonContent content) {
		List<ContentProblem> problems = new ArrayList<>();
		for (Map.Entry<String, Integer> section : content.quiz().draw().sections().entrySet()) {
			long pool = content.quiz().questions().stream().filter((q) -> section.getKey().equals(q.section())).count();
			int wanted = (section.getValue() != null) ? section.getValue() : 0;
			if (wanted < 1 || wanted > pool) {
				problems.add(new ContentProblem(LessonFiles.QUIZ, "draw.sections." + section.getKey(), "the draw takes "
						+ wanted + " questions from section '" + section.getKey() + "', which has " + pool));
			}
		}
		return problems;
	}

}
