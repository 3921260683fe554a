package org.lessontool.deeplink;

import org.lessontool.catalog.LessonCatalog;
import org.lessontool.content.Lesson;
import org.springframework.stereotype.Component;

/**
 * What the picker offers: the lesson's title and description, from the one lesson the
 * catalog serves, and the quiz's number of questions for the gradebook column.
 */
@Component
class LessonOffer {

	private final Lesson lesson;

	private final int questions;

	LessonOffer(LessonCatalog catalog) {
		var content = catalog.content();
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
