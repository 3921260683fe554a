package org.lessontool.lesson;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lessontool.launch.Experience;
import org.lessontool.launch.LaunchSession;
import org.lessontool.support.StencilPages;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The lesson page: lesson/lesson.html kept as a stencil for each kind of reader
 * ({@link StencilPages}), filled with each reader's own parts.
 */
@Component
class LessonView {

	private static final String PREVIEW = "PREVIEW";

	private final StencilPages pages;

	private final LessonBody body;

	LessonView(StencilPages pages, LessonBody body) {
		this.pages = pages;
		this.body = body;
	}

	ResponseEntity<String> page(LessonReader reader, HttpServletRequest request, HttpServletResponse response) {
		LaunchSession session = reader.session();
		Experience experience = (session != null) ? session.context().experience() : null;
		String variant = (experience != null) ? experience.name() : PREVIEW;
		return this.pages.page(
				"lesson/lesson", variant, () -> Map.of("page", this.body.page(), "bodyParts", this.body.parts(),
						"variant", variant, "ls", StencilPages.LAUNCH_TOKENS),
				LessonReader.MARKS, reader, request, response);
	}

}
