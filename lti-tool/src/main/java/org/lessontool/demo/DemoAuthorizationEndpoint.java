package org.lessontool.demo;

import java.util.Date;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import com.nimbusds.jwt.JWTClaimsSet;

import org.springframework.context.annotation.Profile;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The demo LMS's OIDC authorization endpoint and key set: it answers the tool's login
 * with a signed id_token, posted back through the browser as a real LMS does.
 */
@Controller
@Profile("default | demo")
class DemoAuthorizationEndpoint {

	private final DemoSettings settings;

	private final DemoKeys keys;

	private final DemoRegistrations registrations;

	private final DemoIdTokens idTokens;

	private final DemoActivities activities;

	DemoAuthorizationEndpoint(DemoSettings settings, DemoKeys keys, DemoRegistrations registrations,
			DemoIdTokens idTokens, DemoActivities activities) {
		this.settings = settings;
		this.keys = keys;
		this.registrations = registrations;
		this.idTokens = idTokens;
		this.activities = activities;
	}

	@GetMapping("/demo/auth")
	String authorize(@RequestParam Map<String, String> parameters, HttpServletResponse response, Model model) {
		DemoPolicy.allowTool(response, this.settings);
		String redirectUri = parameters.get("redirect_uri");
		DemoRegistrations.Client client = this.registrations.find(String.valueOf(parameters.get("client_id")))
			.orElse(null);
		if (!this.settings.redirectUri().equals(redirectUri) || client == null) {
			// M-04: an unregistered redirect_uri gets an error page here, and nothing is
			// posted back
			model.addAttribute("problem",
					"The tool asked to be sent to a redirect URI or client the demo LMS does not know.");
			response.setStatus(400);
			return "demo/auth-error";
		}
		model.addAttribute("action", redirectUri);
		model.addAttribute("state", parameters.get("state"));
		String problem = problem(parameters);
		if (problem != null) {
			model.addAttribute("error", "invalid_request");
			model.addAttribute("errorDescription", problem);
			return "demo/auth-response";
		}
		JWTClaimsSet hint;
		try {
			hint = this.keys.verify(parameters.get("lti_message_hint"));
		}
		catch (IllegalArgumentException ex) {
			model.addAttribute("error", "login_required");
			model.addAttribute("errorDescription", "The launch hint is not the demo LMS's.");
			return "demo/auth-response";
		}
		DemoUser user = DemoUser.find(parameters.get("login_hint"))
			.filter((found) -> found.id().equals(hint.getSubject()))
			.orElse(null);
		if (user == null || hint.getExpirationTime().before(new Date())) {
			model.addAttribute("error", "login_required");
			model.addAttribute("errorDescription", "That demo user's launch has expired; reload the course page.");
			return "demo/auth-response";
		}
		JWTClaimsSet claims;
		String courseUrl = this.settings.courseUrl(Boolean.TRUE.equals(hint.getClaim(DemoIdTokens.SCHOOL_SITE)));
		if (DemoIdTokens.DEEP_LINKING.equals(hint.getClaim("message"))) {
			claims = this.idTokens.deepLinking(user, parameters.get("nonce"), client, courseUrl);
		}
		else {
			DemoActivities.Activity activity = this.activities.find(String.valueOf(hint.getClaim("resource_link")))
				.orElse(DemoActivities.STARTER);
			claims = this.idTokens.launch(user, parameters.get("nonce"), client, courseUrl, activity);
		}
		model.addAttribute("idToken", this.keys.sign(claims));
		return "demo/auth-response";
	}

	@GetMapping(path = "/demo/jwks", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<Map<String, Object>> jwks() {
		return ResponseEntity.ok(this.keys.publicKeys().toJSONObject(true));
	}

	private static String problem(Map<String, String> parameters) {
		if (!"openid".equals(parameters.get("scope")) || !"id_token".equals(parameters.get("response_type"))) {
			return "scope must be openid and response_type id_token";
		}
		if (!"form_post".equals(parameters.get("response_mode")) || !"none".equals(parameters.get("prompt"))) {
			return "response_mode must be form_post and prompt none";
		}
		if (parameters.get("nonce") == null || parameters.get("state") == null) {
			return "nonce and state are required";
		}
		return null;
	}

}
