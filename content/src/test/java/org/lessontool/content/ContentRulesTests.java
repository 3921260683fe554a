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
		assertThat(problems(LessonFiles.QUIZ, "{ id: c, text: \"Instructions shape how",
				"{ id: a, text: \"Instructions shape how"))
			.containsExactly(new ContentProblem(LessonFiles.QUIZ, "questions[1].choices[2].id", "duplicate id 'a'"));
	}

	@Test
	void questionCountRuleRefusesADrawShorterThanPromised() {
		assertThat(problems(LessonFiles.LESSON, "questionCount: 15", "questionCount: 16"))
			.containsExactly(new ContentProblem(LessonFiles.QUIZ, "draw.sections",
					"the quiz entry in lesson.yaml promises 16 questions, the draw asks 15"));
	}

	@Test
	void drawPoolRuleRefusesADrawLargerThanItsSection() {
		assertThat(problems(LessonFiles.QUIZ, "{ s1: 5, s3: 4, s5: 6 }", "{ s1: 5, s3: 9, s5: 1 }"))
			.containsExactly(new ContentProblem(LessonFiles.QUIZ, "draw.sections.s3",
					"the draw takes 9 questions from section 's3', which has 8"));
	}

	@Test
	void notRecallRuleRefusesABankWhoseUnluckiestDrawIsAllRecall() {
		assertThat(problems(LessonFiles.QUIZ, "notRecall: 6", "notRecall: 7"))
			.containsExactly(new ContentProblem(LessonFiles.QUIZ, "draw.notRecall",
					"a draw may ask only 6 questions that are not recall, fewer than 7"));
	}

	@Test
	void uniqueStatementRuleRefusesTwoQuestionsOnOneStatement() {
		assertThat(problems(LessonFiles.QUIZ, "statement: \"instructions, not retraining\"",
				"statement: \"Custom GPTs are 'soft' fine-tuning — instructions, not retraining.\""))
			.containsExactly(new ContentProblem(LessonFiles.QUIZ, "questions[8].statement",
					"question 'q09' tests the same statement as 'q02'"));
	}

	@Test
	void choicePositionRuleRefusesAKeyThatIsAlwaysTheFirstChoice() {
		// the bank as it was first written: every single answer 'a', every choose-all 'a,
		// b, c'
		LessonContent biased = TestLessons.biasedKey();
		assertThat(new ChoicePositionRule().check(biased))
			.containsExactly(new ContentProblem(LessonFiles.QUIZ, "questions",
					"27 of 32 correct choices are choice 1 of their question; at most 40% may share a position"));
		assertThat(LessonValidator.standard().validate(biased)).hasSize(2);
	}

	@Test
	void longestCorrectChoiceRuleRefusesAKeyThatIsUsuallyTheLongest() {
		assertThat(new LongestCorrectChoiceRule().check(TestLessons.biasedKey()))
			.containsExactly(new ContentProblem(LessonFiles.QUIZ, "questions",
					"in 23 of 23 single-answer questions the correct choice is the longest; at most a third may be"));
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
				"{ id: a, text: \"Typing a longer, more detailed question into a chatbot\" }",
				"{ id: a, text: \"Typing a longer, more detailed question into a chatbot\", correct: true }"))
			.containsExactly(new ContentProblem(LessonFiles.QUIZ, "questions[0].choices",
					"question 'q01' needs exactly one correct choice, found 2"));
	}

	@Test
	void correctChoicesRuleRefusesMultipleAnswerWithNoneCorrect() {
		String q16 = "{ id: b, text: \"Compare fine-tuning vs RAG in 5 bullets\", correct: true }";
		String q16d = "{ id: d, text: \"Which is right for a 100-doc knowledge base?\", correct: true }";
		assertThat(TestLessons.problemsAfter(this.folder, LessonFiles.QUIZ,
				q16 + "\n      - { id: c, text: \"How many words are in my longest doc?\" }\n      - " + q16d,
				q16.replace(", correct: true", "")
						+ "\n      - { id: c, text: \"How many words are in my longest doc?\" }\n      - "
						+ q16d.replace(", correct: true", "")))
			.contains(new ContentProblem(LessonFiles.QUIZ, "questions[15].choices",
					"multiple-answer question 'q16' needs at least one correct choice, found 0"));
	}

	@Test
	void sectionReferencesRuleRefusesUnknownSection() {
		assertThat(problems(LessonFiles.QUIZ, "id: q15\n    section: s3", "id: q15\n    section: s9"))
			.contains(new ContentProblem(LessonFiles.QUIZ, "questions[14].section", "no section has the id 's9'"));
	}

	@Test
	void sectionReferencesRuleRefusesUnknownLearningPathSection() {
		assertThat(problems(LessonFiles.LESSON, "      - section: s4", "      - section: s7"))
			.containsExactly(new ContentProblem(LessonFiles.LESSON, "lessonMap.learningPath.moves[3].section",
					"no section has the id 's7'"));
	}

	@Test
	void statementInSectionRuleRefusesStatementFromAnotherSection() {
		assertThat(problems(LessonFiles.QUIZ, "id: q13\n    section: s3", "id: q13\n    section: s1"))
			.containsExactly(new ContentProblem(LessonFiles.QUIZ, "questions[12].statement",
					"the statement is not in section 's1'"));
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
