package org.lessontool.platform;

import java.util.Set;

import org.lessontool.registration.Platform;
import org.lessontool.registration.Platforms;
import org.lessontool.tool.AgsScopes;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * The admin console's token check: asks the platform for a grade-service token with the
 * tool's signed assertion, and says in plain words whether grades can be sent
 * (lti-checklist A-09).
 */
@Controller
class TokenCheckController {

	private final Platforms platforms;

	private final ServiceTokens tokens;

	TokenCheckController(Platforms platforms, ServiceTokens tokens) {
		this.platforms = platforms;
		this.tokens = tokens;
	}

	@PostMapping("/admin/platforms/{id}/token-check")
	String check(@PathVariable String id, Model model) {
		Platform platform = this.platforms.findById(id).orElseThrow();
		Set<String> scopes = Set.of(AgsScopes.SCORE);
		String result;
		try {
			this.tokens.invalidate(platform, scopes);
			ServiceToken token = this.tokens.get(platform, scopes);
			result = platform.issuer() + " gave the tool a grade-service token (scopes " + token.scopes()
					+ "): grades can be sent.";
		}
		catch (PlatformCallException ex) {
			result = platform.issuer() + " did not give a token: " + ex.getMessage()
					+ ". Check the client id, the token endpoint and that the LMS has the tool's keyset URL.";
		}
		model.addAttribute("result", result);
		return "admin/token-check";
	}

}
