package org.lessontool.content;

/** The files that make up one lesson folder. */
public final class LessonFiles {

	/** The lesson, its sections and page furniture. */
	public static final String LESSON = "lesson.yaml";

	/** The glossary. */
	public static final String KEY_TERMS = "key-terms.yaml";

	/** The quiz and its answer key. */
	public static final String QUIZ = "quiz.yaml";

	private LessonFiles() {
	}

}
