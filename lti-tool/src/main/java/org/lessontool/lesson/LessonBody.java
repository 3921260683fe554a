package org.lessontool.lesson;

import java.util.Locale;
import java.util.Map;

import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;

import org.springframework.stereotype.Component;

/**
 * The lesson's sections and glossary, rendered once: they are the same for every reader,
 * and rendering them was about half of a launch's CPU time (README, "Performance"). Only
 * the per-reader parts of the page (tokens, role, progress, resume) are rendered per
 * request.
 */
@Component
class LessonBody {

	private final LessonPage page;

	private final String html;

	LessonBody(LessonCatalog catalog, SpringTemplateEngine templates) {
		this.page = LessonPageFactory.create(catalog.content());
		this.html = templates.process("lesson/body", new Context(Locale.ENGLISH, Map.of("page", this.page)));
	}

	LessonPage page() {
		return this.page;
	}

	String html() {
		return this.html;
	}

}
