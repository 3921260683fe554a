package org.lessontool.content;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class LessonLoaderTests {

	@TempDir
	Path folder;

	@Test
	void loadsShippedLesson964() {
		LessonContent content = TestLessons.shipped();
		assertThat(content.lesson().position()).isEqualTo("Lesson 964 of 1570");
		assertThat(content.lesson().title()).isEqualTo("AI and Why Companies 'Fine-Tune' Their Own AI");
		assertThat(content.lesson().sections()).extracting(Section::id).containsExactly("s1", "s2", "s3", "s4", "s5");
		assertThat(content.lesson().related().lessons()).hasSize(3);
		assertThat(content.quiz().questions()).hasSizeGreaterThanOrEqualTo(30);
		assertThat(content.quiz().questionCount()).isEqualTo(15);
		assertThat(content.quiz().questions()).filteredOn((q) -> q.kind() == QuestionKind.APPLICATION)
			.hasSizeGreaterThanOrEqualTo(10);
		assertThat(content.keyTerms()).hasSizeBetween(10, 14);
	}

	@Test
	void shippedQuizMixesQuestionTypes() {
		assertThat(TestLessons.shipped().quiz().questions()).extracting(Question::type)
			.contains(QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.TRUE_FALSE);
	}

	@Test
	void missingCorrectAnswerIsRefusedNamingFileAndField() {
		LessonSource broken = TestLessons.edited(this.folder, LessonFiles.QUIZ,
				"{ id: \"false\", text: \"False\", correct: true }", "{ id: \"false\", text: \"False\" }");
		assertThatExceptionOfType(LessonContentException.class).isThrownBy(() -> LessonLoader.standard().load(broken))
			.withMessageContaining(this.folder + "/quiz.yaml, questions[3].choices")
			.withMessageContaining("needs exactly one correct choice, found 0");
	}

	@Test
	void missingFileIsNamed() throws Exception {
		LessonSource source = TestLessons.edited(this.folder, LessonFiles.QUIZ, "q01", "q01");
		Files.delete(this.folder.resolve(LessonFiles.KEY_TERMS));
		assertThatExceptionOfType(LessonContentException.class).isThrownBy(() -> LessonLoader.standard().load(source))
			.satisfies((ex) -> assertThat(ex.problems())
				.containsExactly(new ContentProblem(LessonFiles.KEY_TERMS, "(file)", "the file is missing")));
	}

	@Test
	void unknownFieldIsNamedWithItsPath() {
		assertThat(TestLessons.problemsAfter(this.folder, LessonFiles.QUIZ, "    prompt: \"What is fine-tuning?\"",
				"    prompt: \"What is fine-tuning?\"\n    hint: \"none\""))
			.singleElement()
			.satisfies((problem) -> {
				assertThat(problem.file()).isEqualTo(LessonFiles.QUIZ);
				assertThat(problem.field()).isEqualTo("questions[0].hint");
			});
	}

	@Test
	void wrongTypeIsNamedWithItsPath() {
		assertThat(TestLessons.problemsAfter(this.folder, LessonFiles.LESSON, "minutes: 11", "minutes: eleven"))
			.singleElement()
			.satisfies((problem) -> assertThat(problem.field()).isEqualTo("related.lessons[0].minutes"));
	}

	@Test
	void malformedYamlIsReportedWithItsFile() {
		assertThat(TestLessons.problemsAfter(this.folder, LessonFiles.KEY_TERMS, "terms:", "terms: [\n"))
			.singleElement()
			.satisfies((problem) -> assertThat(problem.file()).isEqualTo(LessonFiles.KEY_TERMS));
	}

	@Test
	void unknownQuestionTypeIsRefused() {
		assertThat(TestLessons.problemsAfter(this.folder, LessonFiles.QUIZ,
				"id: q05\n    section: s1\n    kind: understanding\n    type: multiple",
				"id: q05\n    section: s1\n    kind: understanding\n    type: essay"))
			.singleElement()
			.satisfies((problem) -> assertThat(problem.field()).isEqualTo("questions[4].type"));
	}

}
