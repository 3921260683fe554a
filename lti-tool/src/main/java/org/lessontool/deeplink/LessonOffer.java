package org.lessontool.deeplink;

import java.nio.file.Path;

import org.lessontool.content.Lesson;
import org.lessontool.content.LessonLoader;
import org.lessontool.content.LessonSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What the picker offers: the lesson's title and description, read from the same lesson
 * folder the lesson page shows, and the quiz's number of questions for the gradebook
 * column.
 */
@Component
class LessonOffer {

	private final Lesson lesson;

	private final int questions;

	LessonOffer(@Value("${lti.lesson.folder:}") String folder) {
		var content = LessonLoader.standard()
			.load(folder.isBlank() ? LessonSource.classpath("lessons/964") : LessonSource.directory(Path.of(folder)));
		this.lesson = content.lesson();
		this.questions = content.quiz().questionCount();
	}

	String title() {
		return "Lesson " + this.lesson.number() + ": " + this.lesson.title();
	}

	String description() {
		return this.lesson.subtitle();
	}

	/** The tag and resource id the gradebook column carries (D-06). */
	String resourceId() {
		return "lesson-" + this.lesson.number();
	}

	int scoreMaximum() {
		return this.questions;
	}

}
