package org.lessontool.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Single-answer and true/false questions have exactly one correct choice; multiple-answer
 * questions at least one.
 */
final class CorrectChoicesRule implements ContentRule {

	@Override
	public List<ContentProblem> check(LessonContent content) {
		List<ContentProblem> problems = new ArrayList<>();
		List<Question> questions = content.quiz().questions();
		for (int i = 0; i < questions.size(); i++) {
			Question question = questions.get(i);
			if (question.type() == null) {
				continue;
			}
			long correct = question.correctCount();
			String field = "questions[" + i + "].choices";
			if (question.type().singleAnswer() && correct != 1) {
				problems.add(new ContentProblem(LessonFiles.QUIZ, field,
						"question '" + question.id() + "' needs exactly one correct choice, found " + correct));
			}
			else if (correct < 1) {
				problems.add(new ContentProblem(LessonFiles.QUIZ, field,
						"multiple-answer question '" + question.id() + "' needs at least one correct choice, found 0"));
			}
		}
		return problems;
	}

}
