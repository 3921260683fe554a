package org.lessontool.content;

import java.util.ArrayList;
import java.util.List;

/**
 * Each question's statement is the lesson's own words, found in the section it names, so
 * every question is answerable from the lesson alone.
 */
final class StatementInSectionRule implements ContentRule {

	@Override
	public List<ContentProblem> check(LessonContent content) {
		List<ContentProblem> problems = new ArrayList<>();
		List<Question> questions = content.quiz().questions();
		for (int i = 0; i < questions.size(); i++) {
			Question question = questions.get(i);
			if (question.statement() == null || question.section() == null) {
				continue;
			}
			String statement = Typography.normalize(question.statement());
			boolean found = content.lesson()
				.section(question.section())
				.map((section) -> Typography.normalize(String.join("\n", section.texts())).contains(statement))
				.orElse(true);
			if (!found) {
				problems.add(new ContentProblem(LessonFiles.QUIZ, "questions[" + i + "].statement",
						"the statement is not in section '" + question.section() + "'"));
			}
		}
		return problems;
	}

}
