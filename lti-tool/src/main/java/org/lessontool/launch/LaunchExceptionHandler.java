package org.lessontool.launch;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lessontool.registration.Platforms;
import org.lessontool.support.Untrusted;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/**
 * Refused launches and sessions get a page that says what failed and what to do, with a
 * 4xx status and never a stack trace. Each refusal is logged with its reason (never the
 * token) and counted.
 */
@ControllerAdvice
class LaunchExceptionHandler {

	private static final Logger logger = LoggerFactory.getLogger(LaunchExceptionHandler.class);

	private final LaunchFailures failures;

	private final MeterRegistry meters;

	private final Platforms platforms;

	LaunchExceptionHandler(LaunchFailures failures, MeterRegistry meters, Platforms platforms) {
		this.failures = failures;
		this.meters = meters;
		this.platforms = platforms;
	}

	@ExceptionHandler(LaunchRejectedException.class)
	ModelAndView rejected(LaunchRejectedException ex, HttpServletResponse response) {
		String detail = Untrusted.bounded(ex.getMessage());
		logger.warn("Launch refused ({}): {}", ex.reason().tag(), detail);
		this.meters.counter("lti.launch.rejected", "reason", ex.reason().tag()).increment();
		this.failures.record(ex);
		this.platforms.failed(ex.attempt().issuer(), ex.attempt().clientId(), ex.reason().tag() + ": " + detail);
		ModelAndView page = new ModelAndView((ex.relaunchUrl() != null) ? "launch/new-tab" : "launch/failed");
		page.addObject("relaunchUrl", ex.relaunchUrl());
		page.addObject("reason", ex.reason());
		page.addObject("detail", detail);
		page.setStatus(ex.reason().status());
		return page;
	}

	@ExceptionHandler(RoleRequiredException.class)
	ModelAndView roleRequired(RoleRequiredException ex) {
		logger.warn("Request refused, role required: {}", ex.getMessage());
		this.meters.counter("lti.launch.rejected", "reason", "role_required").increment();
		ModelAndView page = new ModelAndView("launch/role-required");
		page.addObject("problem", ex.getMessage());
		page.setStatus(org.springframework.http.HttpStatus.FORBIDDEN);
		return page;
	}

	@ExceptionHandler(LaunchSessionException.class)
	ModelAndView session(LaunchSessionException ex) {
		logger.info("Request without a usable launch: {}", ex.getMessage());
		this.meters.counter("lti.launch.rejected", "reason", ex.forbidden() ? "csrf_mismatch" : "session_invalid")
			.increment();
		ModelAndView page = new ModelAndView("launch/session-expired");
		page.addObject("forbidden", ex.forbidden());
		page.setStatus(ex.forbidden() ? org.springframework.http.HttpStatus.FORBIDDEN
				: org.springframework.http.HttpStatus.UNAUTHORIZED);
		return page;
	}

}
