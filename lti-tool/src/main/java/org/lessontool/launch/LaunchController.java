package org.lessontool.launch;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Arrays;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lessontool.support.FramePolicy;

import org.lessontool.tool.ToolEndpoints;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The redirect URI: the platform form-posts the id_token and state here (C-14; exempt
 * from CSRF tokens, the state is the protection). A good launch goes on to the lesson or
 * deep-linking page.
 */
@Controller
class LaunchController {

	private final LaunchService launches;

	private final LaunchTokens tokens;

	private final LaunchContextRepository repository;

	private final Clock clock;

	private final ToolEndpoints uris;

	LaunchController(LaunchService launches, LaunchTokens tokens, LaunchContextRepository repository, Clock clock,
			ToolEndpoints uris) {
		this.uris = uris;
		this.launches = launches;
		this.tokens = tokens;
		this.repository = repository;
		this.clock = clock;
	}

	@PostMapping("/lti/launch")
	String launch(@RequestParam(name = "id_token", required = false) String idToken,
			@RequestParam(name = "state", required = false) String state,
			@RequestParam(name = "error", required = false) String error,
			@RequestParam(name = "error_description", required = false) String errorDescription,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		if (error != null) {
			// C-15: the platform answered the authentication request with an OIDC error
			throw new LaunchRejectedException(RejectionReason.PLATFORM_ERROR, "the platform refused the login: " + error
					+ ((errorDescription != null) ? " (" + errorDescription + ")" : ""));
		}
		if (state == null || state.isBlank() || idToken == null || idToken.isBlank()) {
			throw new LaunchRejectedException(RejectionReason.STATE_MISSING,
					"the launch has no " + ((idToken == null || idToken.isBlank()) ? "id_token" : "state"));
		}
		LaunchService.Outcome outcome = this.launches.launch(idToken, state, boundByCookie(request, state));
		FramePolicy.apply(response, outcome.launch().frameAncestors());
		if (outcome.pendingLogin() != null) {
			LoginState login = outcome.pendingLogin();
			model.addAttribute("launchId", outcome.launch().id());
			model.addAttribute("state", login.state());
			model.addAttribute("nonce", login.nonce());
			model.addAttribute("storageTarget", login.storageTarget());
			model.addAttribute("platformOrigin", this.launches.platformOrigin(login));
			return "launch/launch-storage";
		}
		return enter(outcome.launch(), request);
	}

	/**
	 * S-06: the page read state and nonce back from platform storage and found them
	 * equal.
	 */
	@PostMapping("/lti/launch/confirm")
	String confirm(@RequestParam("launch_id") String launchId, @RequestParam("state") String state,
			HttpServletRequest request) {
		// S-06, issue 15 item 4: the check is posted by the tool's own page, which read
		// the
		// login's values back from this browser's platform storage in the LMS frame and
		// took answers only from the platform's origin. Browsers name the origin of every
		// POST, so one without the tool's own is a login CSRF attempt with a known launch
		// id
		String origin = request.getHeader("Origin");
		boolean sameOrigin = (origin != null) ? origin.equalsIgnoreCase(this.uris.origin(request))
				: "same-origin".equals(request.getHeader("Sec-Fetch-Site"));
		if (!sameOrigin) {
			throw new LaunchRejectedException(RejectionReason.STATE_NOT_BOUND,
					"the platform-storage check was posted from another site");
		}
		if (!this.launches.confirm(launchId, state)) {
			throw new LaunchRejectedException(RejectionReason.STATE_NOT_BOUND,
					"the platform-storage check of this launch failed or came too late; relaunch from the LMS");
		}
		LaunchContext launch = this.repository.findActive(launchId, OffsetDateTime.now(this.clock))
			.orElseThrow(() -> new LaunchRejectedException(RejectionReason.STATE_UNKNOWN, "the launch has expired"));
		return enter(launch, request);
	}

	private String enter(LaunchContext launch, HttpServletRequest request) {
		request.setAttribute(LaunchSession.ATTRIBUTE, new LaunchSession(launch, this.tokens.issue(launch)));
		// C-42: the validated target is the tool's own page, rendered without a further
		// redirect
		if (launch.deepLinkingRequest()) {
			return "forward:/lti/deep-linking";
		}
		return (launch.experience() == Experience.TEACHER) ? "forward:/teacher" : "forward:/lesson";
	}

	private static boolean boundByCookie(HttpServletRequest request, String state) {
		Cookie[] cookies = request.getCookies();
		return cookies != null && Arrays.stream(cookies)
			.anyMatch((cookie) -> cookie.getName().equals(LoginController.STATE_COOKIE_PREFIX + state)
					&& state.equals(cookie.getValue()));
	}

}
