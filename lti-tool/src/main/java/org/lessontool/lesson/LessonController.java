package org.lessontool.lesson;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.jspecify.annotations.Nullable;
import org.lessontool.content.Lesson;
import org.lessontool.launch.LaunchSession;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

/** The lesson for a launched student, teacher or mentor (lti-checklist C-37 to C-41). */
@Controller
class LessonController {

	private final Lesson lesson;

	private final LessonView view;

	private final Readings readings;

	LessonController(LessonBody body, LessonView view, Readings readings) {
		this.lesson = body.page().lesson();
		this.view = view;
		this.readings = readings;
	}

	@RequestMapping(path = "/lesson", method = { RequestMethod.GET, RequestMethod.POST })
	ResponseEntity<String> lesson(LaunchSession session, HttpServletRequest request, HttpServletResponse response) {
		return page(session, null, request, response);
	}

	ResponseEntity<String> page(LaunchSession session, @Nullable String savedTryIt, HttpServletRequest request,
			HttpServletResponse response) {
		Readings.Reading reading = this.readings.of(session.context());
		return this.view.page(LessonReader.of(this.lesson, session, reading.viewed(), reading.notes(), savedTryIt),
				request, response);
	}

}
