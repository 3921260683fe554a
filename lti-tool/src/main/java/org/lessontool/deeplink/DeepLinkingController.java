package org.lessontool.deeplink;

import org.jspecify.annotations.Nullable;
import java.net.URI;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.lessontool.support.Untrusted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lessontool.launch.DeepLinkingSettings;
import org.lessontool.launch.LaunchContext;
import org.lessontool.launch.LaunchSession;
import org.lessontool.launch.RoleRequiredException;
import org.lessontool.tool.ToolEndpoints;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The teacher's picker for a deep-linking request, and the page that posts the signed
 * answer back to the platform (lti-checklist D-02, D-03, D-08).
 */
@Controller
class DeepLinkingController {

	private static final Logger logger = LoggerFactory.getLogger(DeepLinkingController.class);

	private final DeepLinkingResponses responses;

	private final LessonOffer offer;

	private final ToolEndpoints uris;

	private final MeterRegistry meters;

	DeepLinkingController(DeepLinkingResponses responses, LessonOffer offer, ToolEndpoints uris, MeterRegistry meters) {
		this.responses = responses;
		this.offer = offer;
		this.uris = uris;
		this.meters = meters;
	}

	@RequestMapping(path = "/lti/deep-linking", method = { RequestMethod.GET, RequestMethod.POST })
	String picker(LaunchSession session, HttpServletResponse response, Model model) {
		DeepLinkingSettings settings = settings(session);
		if (!settings.acceptsResourceLink()) {
			// D-03: the platform cannot take what this tool places; say so and place
			// nothing
			return respond(session, this.responses.empty(session.context(),
					"This tool can only add an LTI resource link, which the platform did not accept here.", true),
					"nothing", response, model);
		}
		return picker(session, new LinkOptions(defaultTitle(settings), 3, "best", "after_last"), null, model);
	}

	@PostMapping("/lti/deep-linking/response")
	String answer(LaunchSession session, @RequestParam(name = "action", defaultValue = "add") String action,
			@RequestParam(name = "title", required = false) String title,
			@RequestParam(name = "max_attempts", required = false) String maxAttempts,
			@RequestParam(name = "grade_policy", required = false) String gradePolicy,
			@RequestParam(name = "show_answers", required = false) String showAnswers, HttpServletRequest request,
			HttpServletResponse response, Model model) {
		DeepLinkingSettings settings = settings(session);
		if ("cancel".equals(action) || !settings.acceptsResourceLink()) {
			return respond(session,
					this.responses.empty(session.context(), "The teacher cancelled; nothing was added.", false),
					"nothing", response, model);
		}
		LinkOptions options;
		try {
			options = LinkOptions.read(title, maxAttempts, gradePolicy, showAnswers);
		}
		catch (IllegalArgumentException ex) {
			logger.info("Deep-linking options refused: {}", Untrusted.bounded(ex.getMessage()));
			this.meters.counter("lti.deep_linking.refused").increment();
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return picker(session, new LinkOptions(
					(title != null && title.length() <= LinkOptions.TITLE_LIMIT) ? title : defaultTitle(settings), 3,
					"best", "after_last"), ex.getMessage(), model);
		}
		String jwt = this.responses.link(session.context(), options, this.uris.launch(request));
		logger.info("Deep-linking response for {} (deployment {}): lesson added as \"{}\"", session.context().issuer(),
				session.context().deploymentId(), options.title());
		return respond(session, jwt, options.title(), response, model);
	}

	private String picker(LaunchSession session, LinkOptions options, @Nullable String problem, Model model) {
		model.addAttribute("launchSession", session);
		model.addAttribute("options", options);
		model.addAttribute("problem", problem);
		model.addAttribute("lessonTitle", this.offer.title());
		model.addAttribute("description", this.offer.description());
		model.addAttribute("scoreMaximum", this.offer.scoreMaximum());
		model.addAttribute("attemptChoices", java.util.stream.IntStream.rangeClosed(0, 5).boxed().toList());
		model.addAttribute("lineItem", session.context().deepLinking().acceptsLineItem());
		return "deeplink/picker";
	}

	/**
	 * D-08: one form, field {@code JWT}, posted in the same frame to the return URL; the
	 * page's CSP lets the form go there and nowhere else.
	 */
	private String respond(LaunchSession session, String jwt, String added, HttpServletResponse response, Model model) {
		String returnUrl = session.context().deepLinking().returnUrl();
		URI target = URI.create(returnUrl);
		String origin = target.getScheme() + "://" + target.getRawAuthority();
		String policy = response.getHeader("Content-Security-Policy");
		if (policy != null) {
			response.setHeader("Content-Security-Policy",
					policy.replace("form-action 'self'", "form-action 'self' " + origin));
		}
		this.meters.counter("lti.deep_linking.responses", "outcome", "nothing".equals(added) ? "empty" : "link")
			.increment();
		model.addAttribute("returnUrl", returnUrl);
		model.addAttribute("jwt", jwt);
		model.addAttribute("added", added);
		return "deeplink/response";
	}

	/** D-01, D-02: only a deep-linking launch of a teacher gets here. */
	private static DeepLinkingSettings settings(LaunchSession session) {
		LaunchContext launch = session.context();
		if (!launch.deepLinkingRequest() || launch.deepLinking() == null) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "This launch is not a deep-linking request.");
		}
		RoleRequiredException.requireTeacher(session, "Adding content to the course");
		URI target = URI.create(launch.deepLinking().returnUrl());
		if (!"https".equals(target.getScheme()) && !"http".equals(target.getScheme())) {
			throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "The deep_link_return_url is not a web address.");
		}
		return launch.deepLinking();
	}

	private String defaultTitle(DeepLinkingSettings settings) {
		return (settings.title() != null && settings.title().length() <= LinkOptions.TITLE_LIMIT) ? settings.title()
				: this.offer.title();
	}

}
