package org.lessontool.content;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** No two questions test the same statement of the lesson. */
final class UniqueStatementRule implements ContentRule {

	@Override
	public List<ContentProblem> check(LessonContent content) {
		List<ContentProblem> problems = new ArrayList<>();
		Map<String, String> seen = new HashMap<>();
		List<Question> questions = content.quiz().questions();
		for (int i = 0; i < questions.size(); i++) {
			Question question = questions.get(i);
			if (question.statement() == null) {
				continue;
			}
			String first = seen.putIfAbsent(Typography.normalize(question.statement()), question.id());
			if (first != null) {
				problems.add(new ContentProblem(LessonFiles.QUIZ, "questions[" + i + "].statement",
						"question '" + question.id() + "' tests the same statement as '" + first + "'"));
			}
		}
		return problems;
	}

}
