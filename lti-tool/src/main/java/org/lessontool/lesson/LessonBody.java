package org.lessontool.lesson;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import java.util.Locale;
import java.util.Map;

import org.lessontool.catalog.LessonCatalog;
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

	/** Where lesson/body.html leaves room for a try-it's note form. */
	static final Pattern MARKER = Pattern.compile("<!--try-it-note:([a-z0-9-]+)-->");

	private final List<Part> parts;

	LessonBody(LessonCatalog catalog, SpringTemplateEngine templates) {
		this.page = LessonPageFactory.create(catalog.content());
		this.parts = split(templates.process("lesson/body", new Context(Locale.ENGLISH, Map.of("page", this.page))));
	}

	LessonPage page() {
		return this.page;
	}

	/**
	 * The body cut where each try-it's per-student note goes: each part's HTML, then the
	 * note form of the section it names, if any.
	 */
	List<Part> parts() {
		return this.parts;
	}

	/**
	 * @param html rendered lesson HTML
	 * @param tryIt the section whose try-it note form follows, or null
	 */
	record Part(String html, @Nullable String tryIt) {
	}

	static List<Part> split(String html) {
		List<Part> parts = new ArrayList<>();
		Matcher marker = MARKER.matcher(html);
		int from = 0;
		while (marker.find()) {
			parts.add(new Part(html.substring(from, marker.start()), marker.group(1)));
			from = marker.end();
		}
		parts.add(new Part(html.substring(from), null));
		return List.copyOf(parts);
	}

}
