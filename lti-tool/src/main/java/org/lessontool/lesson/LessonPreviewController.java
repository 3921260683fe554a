package org.lessontool.lesson;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * Shows the lesson without a launch, for trying the tool on its embedded defaults. The
 * {@code prod} profile does not serve it: there, the lesson is reached through an LTI
 * launch only.
 */
@Controller
@Profile("!prod")
class LessonPreviewController {

	private final LessonView view;

	private final LessonReader reader;

	LessonPreviewController(LessonBody body, LessonView view) {
		this.view = view;
		this.reader = LessonReader.preview(body.page().lesson());
	}

	@GetMapping("/preview")
	ResponseEntity<String> preview(HttpServletRequest request, HttpServletResponse response) {
		return this.view.page(this.reader, request, response);
	}

}
