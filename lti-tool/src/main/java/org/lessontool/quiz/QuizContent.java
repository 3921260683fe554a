package org.lessontool.quiz;

import java.nio.file.Path;

import org.lessontool.content.LessonContent;
import org.lessontool.content.LessonLoader;
import org.lessontool.content.LessonSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The quiz with its answer key, loaded from the same lesson folder the lesson page shows.
 */
@Component
class QuizContent {

	private final LessonContent content;

	QuizContent(@Value("${lti.lesson.folder:}") String folder) {
		this.content = LessonLoader.standard()
			.load(folder.isBlank() ? LessonSource.classpath("lessons/964") : LessonSource.directory(Path.of(folder)));
	}

	LessonContent content() {
		return this.content;
	}

}
