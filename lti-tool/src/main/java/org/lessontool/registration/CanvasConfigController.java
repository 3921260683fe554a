package org.lessontool.registration;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.lessontool.tool.AgsScopes;
import org.lessontool.tool.ToolEndpoints;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The Canvas developer key configuration (lti-checklist CV-04): an admin pastes this URL
 * into "Enter URL" when creating an LTI key.
 */
@RestController
class CanvasConfigController {

	static final List<String> SCOPES = List.of(AgsScopes.LINE_ITEM, AgsScopes.LINE_ITEM_READONLY,
			AgsScopes.RESULT_READONLY, AgsScopes.SCORE,
			"https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly");

	private final ToolEndpoints urls;

	CanvasConfigController(ToolEndpoints urls) {
		this.urls = urls;
	}

	@GetMapping(path = "/lti/canvas.json", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> canvasConfig(HttpServletRequest request) {
		String launch = this.urls.launch(request);
		Map<String, Object> config = new LinkedHashMap<>();
		config.put("title", ToolDescription.TITLE);
		config.put("description", ToolDescription.DESCRIPTION);
		config.put("oidc_initiation_url", this.urls.login(request));
		config.put("target_link_uri", launch);
		config.put("public_jwk_url", this.urls.jwks(request));
		config.put("scopes", SCOPES);
		config.put("extensions", List.of(Map.of("domain", this.urls.host(request), "tool_id", "lesson-tool-964",
				"platform", "canvas.instructure.com", "privacy_level", "public", "settings",
				Map.of("text", ToolDescription.TITLE, "placements",
						List.of(placement("link_selection", launch), placement("assignment_selection", launch))))));
		config.put("custom_fields", Map.of());
		return config;
	}

	private static Map<String, Object> placement(String name, String launch) {
		return Map.of("placement", name, "message_type", "LtiDeepLinkingRequest", "target_link_uri", launch, "text",
				ToolDescription.TITLE);
	}

}
