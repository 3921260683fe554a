package org.lessontool.content;

/**
 * Each question's statement is the lesson's own words, found in the section it names, so
 * every question is answerable from the lesson alone.
 */
final class StatementInSectionRule extends QuestionRule {

	@Override
	String field() {
		return "statement";
	}

	@Override
	String check(Question question, LessonContent content) {
		if (question.statement() == null || question.section() == null) {
			return null;
		}
		String statement = Typography.normalize(question.statement());
		boolean found = content.lesson()
			.section(question.section())
			.map((section) -> Typography.normalize(String.join("\n", section.texts())).contains(statement))
			.orElse(true); // an unknown section is SectionReferencesRule's to report
		return found ? null : "the statement is not in section '" + question.section() + "'";
	}

}
