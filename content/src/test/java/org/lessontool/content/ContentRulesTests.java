package org.lessontool.content;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One broken fixture per content rule: each edit of lesson 964 breaks exactly that rule.
 */
class ContentRulesTests {

	@TempDir
	Path folder;

	@Test
	void shippedLessonKeepsEveryRule() {
		assertThat(LessonValidator.standard().validate(TestLessons.shipped())).isEmpty();
	}

	@Test
	void requiredTextRuleRefusesBlankExplanation() {
		assertThat(problems(LessonFiles.QUIZ,
				"explanation: \"Fine-tuning starts from a base AI and keeps training it on specific data, so it turns into a specialist.\"",
				"explanation: \"  \""))
			.containsExactly(new ContentProblem(LessonFiles.QUIZ, "questions[0].explanation", "is missing or blank"));
	}

	@Test
	void uniqueIdsRuleRefusesDuplicateQuestionId() {
		assertThat(problems(LessonFiles.QUIZ, "id: q02", "id: q01"))
			.containsExactly(new ContentProblem(LessonFiles.QUIZ, "questions[1].id", "duplicate id 'q01'"));
	}

	@Test
	void uniqueIdsRuleRefusesDuplicateChoiceId() {
		assertThat(problems(LessonFiles.QUIZ, "{ id: b, text: \"Doctors\", correct: true }",
				"{ id: a, text: \"Doctors\", correct: true }"))
			.containsExactly(new ContentProblem(LessonFiles.QUIZ, "questions[1].choices[1].id", "duplicate id 'a'"));
	}

	@Test
	void questionCountRuleRefusesQuizShorterThanPromised() {
		assertThat(problems(LessonFiles.LESSON, "questionCount: 15", "questionCount: 16"))
			.containsExactly(new ContentProblem(LessonFiles.QUIZ, "questions",
					"the quiz entry in lesson.yaml promises 16 questions, found 15"));
	}

	@Test
	void choiceShapeRuleRefusesTrueFalseWithThreeChoices() {
		assertThat(problems(LessonFiles.QUIZ, "      - { id: \"false\", text: \"False\", correct: true }\n",
				"      - { id: \"false\", text: \"False\", correct: true }\n      - { id: maybe, text: \"Maybe\" }\n"))
			.extracting(ContentProblem::message)
			.containsOnly("a true/false question needs exactly 2 choices, found 3");
	}

	@Test
	void correctChoicesRuleRefusesSingleAnswerWithTwoCorrect() {
		assertThat(problems(LessonFiles.QUIZ,
				"{ id: b, text: \"Typing a longer, more detailed question into a chatbot\" }",
				"{ id: b, text: \"Typing a longer, more detailed question into a chatbot\", correct: true }"))
			.containsExactly(new ContentProblem(LessonFiles.QUIZ, "questions[0].choices",
					"question 'q01' needs exactly one correct choice, found 2"));
	}

	@Test
	void correctChoicesRuleRefusesMultipleAnswerWithNoneCorrect() {
		String q02 = "      - { id: a, text: \"Lawyers\", correct: true }\n      - { id: b, text: \"Doctors\", correct: true }\n"
				+ "      - { id: c, text: \"Coders\", correct: true }";
		assertThat(problems(LessonFiles.QUIZ, q02,
				"      - { id: a, text: \"Lawyers\" }\n      - { id: b, text: \"Doctors\" }\n      - { id: c, text: \"Coders\" }"))
			.containsExactly(new ContentProblem(LessonFiles.QUIZ, "questions[1].choices",
					"multiple-answer question 'q02' needs at least one correct choice, found 0"));
	}

	@Test
	void sectionReferencesRuleRefusesUnknownSection() {
		assertThat(problems(LessonFiles.QUIZ, "id: q15\n    section: s5", "id: q15\n    section: s9")).containsExactly(
				new ContentProblem(LessonFiles.QUIZ, "questions[14].section", "no section has the id 's9'"));
	}

	@Test
	void sectionReferencesRuleRefusesUnknownLearningPathSection() {
		assertThat(problems(LessonFiles.LESSON, "      - section: s4", "      - section: s7"))
			.containsExactly(new ContentProblem(LessonFiles.LESSON, "lessonMap.learningPath.moves[3].section",
					"no section has the id 's7'"));
	}

	@Test
	void statementInSectionRuleRefusesStatementFromAnotherSection() {
		assertThat(problems(LessonFiles.QUIZ, "id: q07\n    section: s3", "id: q07\n    section: s1")).containsExactly(
				new ContentProblem(LessonFiles.QUIZ, "questions[6].statement", "the statement is not in section 's1'"));
	}

	@Test
	void termTiesRuleRefusesTermMissingASectionItAppearsIn() {
		assertThat(problems(LessonFiles.KEY_TERMS, "sections: [s2, s3, s5]", "sections: [s2, s3]"))
			.containsExactly(new ContentProblem(LessonFiles.KEY_TERMS, "terms[5].sections",
					"'rag' lists sections [s2, s3] but the text uses it in [s2, s3, s5]"));
	}

	private List<ContentProblem> problems(String file, String passage, String replacement) {
		return TestLessons.problemsAfter(this.folder, file, passage, replacement);
	}

}
