package org.lessontool.launch;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.lessontool.registration.Platform;
import org.lessontool.support.ClientAddress;
import org.lessontool.support.FramePolicy;
import org.lessontool.support.RateLimitSettings;
import org.lessontool.support.RateLimits;
import org.lessontool.registration.Platforms;
import org.lessontool.tool.ToolEndpoints;
import org.springframework.http.ResponseCookie;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * OIDC third-party initiated login (Security Framework 5.1.1, LTI Core 4.1): checks the
 * request, stores state and nonce, binds them to the browser and sends it to the
 * platform.
 */
@Controller
class LoginController {

	static final String STATE_COOKIE_PREFIX = "__Host-lti_state_";

	private final Platforms platforms;

	private final LoginStateRepository states;

	private final ToolEndpoints endpoints;

	private final LaunchSettings settings;

	private final Clock clock;

	private final RateLimits limits;

	private final RateLimitSettings limitSettings;

	LoginController(Platforms platforms, LoginStateRepository states, ToolEndpoints endpoints, LaunchSettings settings,
			Clock clock, RateLimits limits, RateLimitSettings limitSettings) {
		this.limits = limits;
		this.limitSettings = limitSettings;
		this.platforms = platforms;
		this.states = states;
		this.endpoints = endpoints;
		this.settings = settings;
		this.clock = clock;
	}

	// C-05: GET and form POST alike; C-08: unknown parameters are ignored
	@RequestMapping(path = "/lti/login", method = { RequestMethod.GET, RequestMethod.POST })
	String login(@RequestParam(name = "iss", required = false) String issuer,
			@RequestParam(name = "login_hint", required = false) String loginHint,
			@RequestParam(name = "target_link_uri", required = false) String targetLinkUri,
			@RequestParam(name = "lti_message_hint", required = false) String messageHint,
			@RequestParam(name = "client_id", required = false) String clientId,
			@RequestParam(name = "lti_deployment_id", required = false) String deploymentId,
			@RequestParam(name = "lti_storage_target", required = false) String storageTarget,
			HttpServletRequest request, HttpServletResponse response, Model model) {
		requireParameter("iss", issuer);
		requireParameter("login_hint", loginHint);
		requireParameter("target_link_uri", targetLinkUri);
		Platform platform = resolve(issuer, clientId);
		if (!this.endpoints.isOwn(targetLinkUri, this.settings.targetPaths(), request)) {
			throw new LaunchRejectedException(RejectionReason.TARGET_LINK_URI_FOREIGN,
					"target_link_uri " + targetLinkUri + " is not a launch URL of this tool");
		}
		OffsetDateTime now = OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
		LoginState state = new LoginState(Randoms.next(), Randoms.next(), platform.id(), targetLinkUri,
				blankToNull(deploymentId), blankToNull(storageTarget), now.plus(this.settings.stateLifetime()),
				Relaunches.of(platform, issuer, loginHint, targetLinkUri, messageHint, clientId, deploymentId,
						this.endpoints.login(request)));
		// issue 15, item 6: every login writes a state row, so an address may have only
		// so many unfinished; the insert counts them (issue 19)
		String client = ClientAddress.of(request.getRemoteAddr());
		if (!this.states.save(state, client, now, this.limitSettings.pendingLogins())) {
			this.limits.reached("login", client, this.limitSettings.pendingLogins() + " unfinished");
			throw new LaunchRejectedException(RejectionReason.RATE_LIMITED,
					"too many unfinished launches from this network; wait a minute, then open the activity again");
		}
		// S-01, Z-09: a partitioned __Host- cookie binds the state where the browser
		// keeps it
		response.addHeader("Set-Cookie",
				ResponseCookie.from(STATE_COOKIE_PREFIX + state.state(), state.state())
					.path("/")
					.secure(true)
					.httpOnly(true)
					.sameSite("None")
					.partitioned(true)
					.maxAge(this.settings.stateLifetime())
					.build()
					.toString());
		String authorizationRequest = authorizationRequest(platform, state, loginHint, messageHint, request);
		if (state.storageTarget() == null) {
			return "redirect:" + authorizationRequest;
		}
		// Z-08: the storage page shows in the frame of the LMS page that posted the login
		java.util.Set<String> ancestors = new java.util.LinkedHashSet<>(platform.origins());
		ancestors.add(FramePolicy.requestingOrigin(request));
		ancestors.remove(null);
		FramePolicy.apply(response, ancestors);
		// S-05: with platform storage, the page stores state and nonce, then navigates
		model.addAttribute("authorizationRequest", authorizationRequest);
		model.addAttribute("state", state.state());
		model.addAttribute("nonce", state.nonce());
		model.addAttribute("storageTarget", state.storageTarget());
		model.addAttribute("platformOrigin", platform.authorizationOrigin());
		return "launch/login-storage";
	}

	private Platform resolve(String issuer, String clientId) {
		if (issuer.length() > 255 || (clientId != null && clientId.length() > 255)) {
			// issue 15: no registration has one this long; it was a 500 from the database
			throw new LaunchRejectedException(RejectionReason.PLATFORM_UNKNOWN,
					"the login's iss or client_id is longer than any registered platform's (255 characters)");
		}
		Platform platform;
		if (clientId != null && !clientId.isBlank()) {
			platform = this.platforms.find(issuer, clientId)
				.orElseThrow(() -> new LaunchRejectedException(RejectionReason.PLATFORM_UNKNOWN,
						"platform " + issuer + " with client_id " + clientId + " is not registered"));
		}
		else {
			// C-07: never pick one of several registrations of an issuer arbitrarily
			List<Platform> candidates = this.platforms.findByIssuer(issuer);
			if (candidates.isEmpty()) {
				throw new LaunchRejectedException(RejectionReason.PLATFORM_UNKNOWN,
						"platform " + issuer + " is not registered");
			}
			if (candidates.size() > 1) {
				throw new LaunchRejectedException(RejectionReason.PLATFORM_AMBIGUOUS, "platform " + issuer + " has "
						+ candidates.size() + " registrations and the login did not say which client_id it is for");
			}
			platform = candidates.get(0);
		}
		if (platform.status() == Platform.Status.PENDING) {
			throw new LaunchRejectedException(RejectionReason.PLATFORM_NOT_ACTIVE, "platform " + issuer + " (client "
					+ platform.clientId() + ") is awaiting approval by the tool's administrator");
		}
		if (platform.status() != Platform.Status.ACTIVE) {
			throw new LaunchRejectedException(RejectionReason.PLATFORM_NOT_ACTIVE,
					"platform " + issuer + " (client " + platform.clientId() + ") is disabled in the tool");
		}
		return platform;
	}

	// C-09: the authentication request, sent through the browser (C-10); values are
	// form-encoded
	// so hints pass back byte for byte, "+" included (CV-03, M-03)
	private String authorizationRequest(Platform platform, LoginState state, String loginHint, String messageHint,
			HttpServletRequest request) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("scope", "openid");
		parameters.put("response_type", "id_token");
		parameters.put("response_mode", "form_post");
		parameters.put("prompt", "none");
		parameters.put("client_id", platform.clientId());
		parameters.put("redirect_uri", this.endpoints.launch(request));
		parameters.put("login_hint", loginHint);
		if (messageHint != null) {
			parameters.put("lti_message_hint", messageHint);
		}
		parameters.put("state", state.state());
		parameters.put("nonce", state.nonce());
		String query = parameters.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		String endpoint = platform.authorizationEndpoint();
		return endpoint + (endpoint.contains("?") ? "&" : "?") + query;
	}

	private static void requireParameter(String name, String value) {
		if (value == null || value.isBlank()) {
			throw new LaunchRejectedException(RejectionReason.LOGIN_PARAMETER_MISSING,
					"the login request has no " + name);
		}
	}

	private static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value;
	}

}
