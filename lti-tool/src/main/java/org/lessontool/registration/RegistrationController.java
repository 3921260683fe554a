package org.lessontool.registration;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lessontool.support.Untrusted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lessontool.support.ClientAddress;
import org.lessontool.support.FramePolicy;
import org.lessontool.support.RateLimitSettings;
import org.lessontool.support.RateLimits;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The dynamic registration URL an LMS admin pastes into the LMS. It is public, as
 * every LMS expects; what it registers waits for an admin's approval unless auto-approval
 * is on.
 */
@Controller
class RegistrationController {

	private static final Logger logger = LoggerFactory.getLogger(RegistrationController.class);

	private final DynamicRegistrations registrations;

	private final RateLimits limits;

	private final RateLimitSettings settings;

	RegistrationController(DynamicRegistrations registrations, RateLimits limits, RateLimitSettings settings) {
		this.registrations = registrations;
		this.limits = limits;
		this.settings = settings;
	}

	@GetMapping("/lti/register")
	String register(@RequestParam(name = "openid_configuration", required = false) String configuration,
			@RequestParam(name = "registration_token", required = false) String token, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		// CV-11, M-09: the LMS shows this page in a frame on its own site, before the
		// tool
		// knows that site: the origins the registration names may frame it
		Set<String> framers = new LinkedHashSet<>();
		framers.add(FramePolicy.requestingOrigin(request));
		try {
			// issue 15, item 6: each registration makes outbound calls on an anonymous
			// request
			if (!this.limits.tryAcquire("register", ClientAddress.of(request.getRemoteAddr()),
					this.settings.registrationsPerHour(), Duration.ofHours(1))) {
				response.setHeader("Retry-After", "3600");
				throw new RegistrationException(
						"too many registrations were started from this network in the last hour; try again later",
						HttpStatus.TOO_MANY_REQUESTS);
			}
			if (configuration == null || configuration.isBlank()) {
				throw new RegistrationException("the LMS did not send openid_configuration; start the registration "
						+ "from the LMS's tool registration page");
			}
			model.addAttribute("registered", this.registrations.register(configuration, token, request,
					(url) -> framers.add(FramePolicy.origin(url))));
			framers.remove(null);
			FramePolicy.apply(response, framers);
			return "registration/done";
		}
		catch (RegistrationException ex) {
			logger.warn("Dynamic registration refused: {}", Untrusted.bounded(ex.getMessage()));
			model.addAttribute("problem", ex.getMessage());
			response.setStatus(ex.status().value());
			framers.remove(null);
			FramePolicy.apply(response, framers);
			return "registration/failed";
		}
	}

}
