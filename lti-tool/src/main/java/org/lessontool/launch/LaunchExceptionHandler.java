package org.lessontool.launch;

import io.micrometer.core.instrument.MeterRegistry;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lessontool.registration.Platforms;
import org.lessontool.support.ClientAddress;
import org.lessontool.support.RateLimitSettings;
import org.lessontool.support.RateLimits;
import org.lessontool.support.Untrusted;
import org.springframework.context.ApplicationEventPublisher;
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

	private final ApplicationEventPublisher events;

	private final MeterRegistry meters;

	private final Platforms platforms;

	private final RateLimits limits;

	private final RateLimitSettings settings;

	LaunchExceptionHandler(ApplicationEventPublisher events, MeterRegistry meters, Platforms platforms,
			RateLimits limits, RateLimitSettings settings) {
		this.events = events;
		this.meters = meters;
		this.platforms = platforms;
		this.limits = limits;
		this.settings = settings;
	}

	@ExceptionHandler(LaunchRejectedException.class)
	ModelAndView rejected(LaunchRejectedException ex, HttpServletRequest request, HttpServletResponse response) {
		String detail = Untrusted.bounded(ex.getMessage());
		logger.warn("Launch refused ({}): {}", ex.reason().tag(), detail);
		this.meters.counter("lti.launch.rejected", "reason", ex.reason().tag()).increment();
		if (ex.reason() == RejectionReason.RATE_LIMITED) {
			response.setHeader("Retry-After", "60");
		}
		else if (this.limits.tryAcquire("refusal", ClientAddress.of(request.getRemoteAddr()),
				this.settings.refusalsRecordedPerMinute(), Duration.ofMinutes(1))) {
			// issue 15, item 6: an anonymous flood of refusals fills neither table
			this.events.publishEvent(new LaunchRefused(ex.reason(), detail, ex.attempt().issuer(),
					ex.attempt().clientId(), ex.attempt().deploymentId()));
			this.platforms.failed(ex.attempt().issuer(), ex.attempt().clientId(), ex.reason().tag() + ": " + detail);
		}
		ModelAndView page = new ModelAndView((ex.relaunchUrl() != null) ? "launch/new-tab" : "launch/failed");
		page.addObject("relaunchUrl", ex.relaunchUrl());
		page.addObject("reason", ex.reason());
		page.addObject("detail", detail);
		page.setStatus(ex.reason().status());
		return page;
	}

	@ExceptionHandler(RoleRequiredException.class)
	ModelAndView roleRequired(RoleRequiredException ex) {
		logger.warn("Request refused, role required: {}", Untrusted.bounded(ex.getMessage()));
		this.meters.counter("lti.launch.rejected", "reason", "role_required").increment();
		ModelAndView page = new ModelAndView("launch/role-required");
		page.addObject("problem", ex.getMessage());
		page.setStatus(org.springframework.http.HttpStatus.FORBIDDEN);
		return page;
	}

	@ExceptionHandler(LaunchSessionException.class)
	ModelAndView session(LaunchSessionException ex) {
		logger.info("Request without a usable launch: {}", Untrusted.bounded(ex.getMessage()));
		this.meters.counter("lti.launch.rejected", "reason", ex.forbidden() ? "csrf_mismatch" : "session_invalid")
			.increment();
		ModelAndView page = new ModelAndView("launch/session-expired");
		page.addObject("forbidden", ex.forbidden());
		page.setStatus(ex.forbidden() ? org.springframework.http.HttpStatus.FORBIDDEN
				: org.springframework.http.HttpStatus.UNAUTHORIZED);
		return page;
	}

}
