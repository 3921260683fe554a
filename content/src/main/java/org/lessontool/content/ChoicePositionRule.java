package org.lessontool.content;

import java.util.ArrayList;
import java.util.List;

/**
 * The answer key does not favour a position: across the bank's single- and
 * multiple-answer questions, at most 40% of correct choices sit at any one position, as
 * written. Shuffling hides the order from students; this keeps a key written "always a"
 * from reaching a page that shows the YAML order (a preview, an export).
 */
final class ChoicePositionRule implements ContentRule {

	static final double MAX_SHARE = 0.40;

	@Override
	public List<ContentProblem> check(LessonContent content) {
		List<Integer> perPosition = new ArrayList<>();
		int correct = 0;
		for (Question question : content.quiz().questions()) {
			if (question.type() == QuestionType.TRUE_FALSE) {
				continue; // always shown True, then False
			}
			for (int p = 0; p < question.choices().size(); p++) {
				while (perPosition.size() <= p) {
					perPosition.add(0);
				}
				if (question.choices().get(p).correct()) {
					perPosition.set(p, perPosition.get(p) + 1);
					correct++;
				}
			}
		}
		List<ContentProblem> problems = new ArrayList<>();
		for (int p = 0; p < perPosition.size(); p++) {
			if (correct > 0 && perPosition.get(p) > MAX_SHARE * correct) {
				problems.add(new ContentProblem(LessonFiles.QUIZ, "questions",
						perPosition.get(p) + " of " + correct + " correct choices are choice " + (p + 1)
								+ " of their question; at most 40% may share a position"));
			}
		}
		return problems;
	}

}
