package org.lessontool.content;

import java.util.ArrayList;
import java.util.List;

/** A question offers at least two choices; a true/false question exactly two. */
final class ChoiceShapeRule implements ContentRule {

	@Override
	public List<ContentProblem> check(LessonContent content) {
		List<ContentProblem> problems = new ArrayList<>();
		List<Question> questions = content.quiz().questions();
		for (int i = 0; i < questions.size(); i++) {
			Question question = questions.get(i);
			int count = question.choices().size();
			String field = "questions[" + i + "].choices";
			if (question.type() == QuestionType.TRUE_FALSE && count != 2) {
				problems.add(new ContentProblem(LessonFiles.QUIZ, field,
						"a true/false question needs exactly 2 choices, found " + count));
			}
			else if (count < 2) {
				problems.add(new ContentProblem(LessonFiles.QUIZ, field,
						"a question needs at least 2 choices, found " + count));
			}
		}
		return problems;
	}

}
