package org.lessontool.quiz;

import org.lessontool.catalog.LessonCatalog;
import org.lessontool.content.LessonContent;
import org.springframework.stereotype.Component;

/**
 * The quiz with its answer key, from the one lesson the catalog serves.
 */
@Component
class QuizContent {

	private final LessonContent content;

	QuizContent(LessonCatalog catalog) {
		this.content = catalog.content();
	}

	LessonContent content() {
		return this.content;
	}

}
