package org.lessontool.quiz;

import io.micrometer.core.instrument.MeterRegistry;
import org.lessontool.support.Untrusted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * A tampered or disallowed quiz request gets a 400 page saying what was wrong; nothing
 * was stored.
 */
@ControllerAdvice(assignableTypes = QuizController.class)
class QuizExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(QuizExceptionHandler.class);

	private final MeterRegistry meters;

	QuizExceptionHandler(MeterRegistry meters) {
		this.meters = meters;
	}

	@ExceptionHandler(QuizInputException.class)
	ModelAndView refused(QuizInputException ex) {
		logger.warn("Quiz request refused: {}", Untrusted.bounded(ex.getMessage()));
		this.meters.counter("quiz.request.rejected").increment();
		ModelAndView page = new ModelAndView("refused");
		page.addObject("problem", ex.getMessage());
		page.setStatus(HttpStatus.BAD_REQUEST);
		return page;
	}

}
