package org.lessontool.content;

import java.util.ArrayList;
import java.util.List;

/** Every field a page or the quiz needs is present and not blank. */
final class RequiredTextRule implements ContentRule {

	@Override
	public List<ContentProblem> check(LessonContent content) {
		List<ContentProblem> problems = new ArrayList<>();
		Lesson lesson = content.lesson();
		require(problems, LessonFiles.LESSON, "title", lesson.title());
		require(problems, LessonFiles.LESSON, "subtitle", lesson.subtitle());
		if (lesson.number() < 1 || lesson.ofTotal() < lesson.number()) {
			problems.add(new ContentProblem(LessonFiles.LESSON, "number",
					"the lesson number must be between 1 and ofTotal (" + lesson.ofTotal() + ")"));
		}
		require(problems, LessonFiles.LESSON, "lessonMap", lesson.lessonMap());
		require(problems, LessonFiles.LESSON, "quizEntry", lesson.quizEntry());
		if (lesson.sections().isEmpty()) {
			problems.add(new ContentProblem(LessonFiles.LESSON, "sections", "a lesson needs at least one section"));
		}
		for (int i = 0; i < lesson.sections().size(); i++) {
			Section section = lesson.sections().get(i);
			require(problems, LessonFiles.LESSON, "sections[" + i + "].id", section.id());
			require(problems, LessonFiles.LESSON, "sections[" + i + "].heading", section.heading());
		}
		for (int i = 0; i < content.keyTerms().size(); i++) {
			KeyTerm term = content.keyTerms().get(i);
			String at = "terms[" + i + "]";
			require(problems, LessonFiles.KEY_TERMS, at + ".id", term.id());
			require(problems, LessonFiles.KEY_TERMS, at + ".term", term.term());
			require(problems, LessonFiles.KEY_TERMS, at + ".definition", term.definition());
			if (term.matches().isEmpty()) {
				problems.add(new ContentProblem(LessonFiles.KEY_TERMS, at + ".matches",
						"a key term needs at least one spelling to find it in the text"));
			}
		}
		for (int i = 0; i < content.quiz().questions().size(); i++) {
			Question question = content.quiz().questions().get(i);
			String at = "questions[" + i + "]";
			require(problems, LessonFiles.QUIZ, at + ".id", question.id());
			require(problems, LessonFiles.QUIZ, at + ".section", question.section());
			require(problems, LessonFiles.QUIZ, at + ".kind", question.kind());
			require(problems, LessonFiles.QUIZ, at + ".type", question.type());
			require(problems, LessonFiles.QUIZ, at + ".statement", question.statement());
			require(problems, LessonFiles.QUIZ, at + ".prompt", question.prompt());
			require(problems, LessonFiles.QUIZ, at + ".explanation", question.explanation());
			for (int c = 0; c < question.choices().size(); c++) {
				require(problems, LessonFiles.QUIZ, at + ".choices[" + c + "].id", question.choices().get(c).id());
				require(problems, LessonFiles.QUIZ, at + ".choices[" + c + "].text", question.choices().get(c).text());
			}
		}
		return problems;
	}

	private static void require(List<ContentProblem> problems, String file, String field, Object value) {
		if (value == null || (value instanceof String text && text.isBlank())) {
			problems.add(new ContentProblem(file, field, "is missing or blank"));
		}
	}

}
