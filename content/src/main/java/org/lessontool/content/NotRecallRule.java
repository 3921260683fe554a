package org.lessontool.content;

import java.util.List;
import java.util.Map;

/**
 * Even the unluckiest draw asks at least {@code draw.notRecall} questions that are not
 * recall: a section whose draw is larger than its recall questions must give the rest
 * from its other kinds.
 */
final class NotRecallRule implements ContentRule {

	@Override
	public List<ContentProblem> check(LessonContent content) {
		QuizDraw draw = content.quiz().draw();
		int fewest = 0;
		for (Map.Entry<String, Integer> section : draw.sections().entrySet()) {
			long recall = content.quiz()
				.questions()
				.stream()
				.filter((q) -> section.getKey().equals(q.section()) && q.kind() == QuestionKind.RECALL)
				.count();
			fewest += (int) Math.max(0, ((section.getValue() != null) ? section.getValue() : 0) - recall);
		}
		if (fewest >= draw.notRecall()) {
			return List.of();
		}
		return List.of(new ContentProblem(LessonFiles.QUIZ, "draw.notRecall",
				"a draw may ask only " + fewest + " questions that are not recall, fewer than " + draw.notRecall()));
	}

}
