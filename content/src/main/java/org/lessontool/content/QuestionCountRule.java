package org.lessontool.content;

import java.util.List;

/** The quiz has exactly as many questions as its entry promises the student. */
final class QuestionCountRule implements ContentRule {

	@Override
	public List<ContentProblem> check(LessonContent content) {
		QuizEntry entry = content.lesson().quizEntry();
		int found = content.quiz().questions().size();
		if (entry == null || entry.questionCount() == found) {
			return List.of();
		}
		return List.of(new ContentProblem(LessonFiles.QUIZ, "questions", "the quiz entry in " + LessonFiles.LESSON
				+ " promises " + entry.questionCount() + " questions, found " + found));
	}

}
