package org.lessontool.content;

import java.util.List;

/**
 * "Pick the longest answer" is no strategy: in at most a third of single-answer questions
 * is the correct choice strictly the longest.
 */
final class LongestCorrectChoiceRule implements ContentRule {

	@Override
	public List<ContentProblem> check(LessonContent content) {
		int singles = 0;
		int longest = 0;
		for (Question question : content.quiz().questions()) {
			if (question.type() != QuestionType.SINGLE) {
				continue;
			}
			singles++;
			if (correctIsStrictlyLongest(question)) {
				longest++;
			}
		}
		if (longest * 3 <= singles) {
			return List.of();
		}
		return List.of(new ContentProblem(LessonFiles.QUIZ, "questions", "in " + longest + " of " + singles
				+ " single-answer questions the correct choice is the longest; at most a third may be"));
	}

	static boolean correctIsStrictlyLongest(Question question) {
		int correct = question.choices()
			.stream()
			.filter(Question.Choice::correct)
			.mapToInt((c) -> length(c.text()))
			.max()
			.orElse(0);
		return question.choices().stream().filter((c) -> !c.correct()).allMatch((c) -> length(c.text()) < correct);
	}

	private static int length(String text) {
		return (text != null) ? text.length() : 0;
	}

}
