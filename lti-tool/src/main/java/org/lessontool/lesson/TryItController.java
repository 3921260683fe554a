package org.lessontool.lesson;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import io.micrometer.core.instrument.MeterRegistry;
import org.lessontool.support.Untrusted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lessontool.catalog.LessonCatalog;
import org.lessontool.content.Block;
import org.lessontool.launch.Experience;
import org.lessontool.launch.LaunchSession;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Saves what a student noticed in a try-it: a plain form that works without JavaScript
 * and carries the launch's CSRF token like every state-changing request.
 */
@Controller
class TryItController {

	private final TryItResponses responses;

	private final LessonCatalog catalog;

	private final LessonController lesson;

	private static final Logger logger = LoggerFactory.getLogger(TryItController.class);

	private final MeterRegistry meters;

	TryItController(TryItResponses responses, LessonCatalog catalog, LessonController lesson, MeterRegistry meters) {
		this.meters = meters;
		this.responses = responses;
		this.catalog = catalog;
		this.lesson = lesson;
	}

	@PostMapping("/lesson/try-it")
	ResponseEntity<String> save(LaunchSession session, @RequestParam("section") String section,
			@RequestParam(name = "response", defaultValue = "") String response, HttpServletRequest request,
			HttpServletResponse servletResponse) {
		boolean hasTryIt = this.catalog.content()
			.lesson()
			.section(section)
			.map((found) -> found.blocks().stream().anyMatch((block) -> block.type() == Block.Type.TRY_IT))
			.orElse(false);
		if (!hasTryIt) {
			throw new IllegalArgumentException("The lesson has no try-it in that section.");
		}
		String text = response.strip();
		if (text.length() > TryItResponses.LIMIT) {
			throw new IllegalArgumentException("A note may have at most " + TryItResponses.LIMIT
					+ " characters; this one has " + text.length() + ".");
		}
		// a teacher previewing the lesson is not a student doing the activity
		if (session.context().experience() != Experience.LEARNER) {
			return this.lesson.page(session, null, request, servletResponse);
		}
		this.responses.save(session.context(), section, text);
		return this.lesson.page(session, section, request, servletResponse);
	}

	@ExceptionHandler(IllegalArgumentException.class)
	ModelAndView refused(IllegalArgumentException ex) {
		logger.warn("Try-it note refused: {}", Untrusted.bounded(ex.getMessage()));
		this.meters.counter("lesson.request.rejected", "reason", "try_it_note").increment();
		ModelAndView page = new ModelAndView("refused");
		page.addObject("problem", ex.getMessage());
		page.setStatus(HttpStatus.BAD_REQUEST);
		return page;
	}

}
