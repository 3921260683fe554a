package org.lessontool.content;

import java.util.List;

/**
 * Every attempt draws exactly as many questions as the quiz entry promises the student.
 */
final class QuestionCountRule implements ContentRule {

	@Override
	public List<ContentProblem> check(LessonContent content) {
		QuizEntry entry = content.lesson().quizEntry();
		int drawn = content.quiz().questionCount();
		if (entry == null || entry.questionCount() == drawn) {
			return List.of();
		}
		return List.of(new ContentProblem(LessonFiles.QUIZ, "draw.sections", "the quiz entry in " + LessonFiles.LESSON
				+ " promises " + entry.questionCount() + " questions, the draw asks " + drawn));
	}

}
