package org.lessontool.content;

import java.util.ArrayList;
import java.util.List;

/** A content rule that looks at one quiz question at a time. */
abstract class QuestionRule implements ContentRule {

	@Override
	public final List<ContentProblem> check(LessonContent content) {
		List<ContentProblem> problems = new ArrayList<>();
		List<Question> questions = content.quiz().questions();
		for (int i = 0; i < questions.size(); i++) {
			String problem = check(questions.get(i), content);
			if (problem != null) {
				problems.add(new ContentProblem(LessonFiles.QUIZ, "questions[" + i + "]." + field(), problem));
			}
		}
		return problems;
	}

	/** The question's field the rule is about, such as {@code choices}. */
	abstract String field();

	/**
	 * @return what is wrong with the question, or {@code null} when the rule holds
	 */
	abstract String check(Question question, LessonContent content);

}
