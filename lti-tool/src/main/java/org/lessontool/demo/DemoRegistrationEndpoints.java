package org.lessontool.demo;

import java.net.URI;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.annotation.Profile;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;

/**
 * The demo LMS's side of LTI Dynamic Registration: its OpenID configuration and a
 * registration endpoint that checks the tool's request the way Moodle does (lti-checklist
 *
 */
@RestController
@Profile("default | demo")
class DemoRegistrationEndpoints {

	private static final String TOOL_CONFIGURATION = "https://purl.imsglobal.org/spec/lti-tool-configuration";

	private final DemoSettings settings;

	private final DemoRegistrations registrations;

	private final JsonMapper json;

	DemoRegistrationEndpoints(DemoSettings settings, DemoRegistrations registrations, JsonMapper json) {
		this.settings = settings;
		this.registrations = registrations;
		this.json = json;
	}

	@GetMapping(path = "/demo/.well-known/openid-configuration", produces = MediaType.APPLICATION_JSON_VALUE)
	Map<String, Object> configuration() {
		String demo = this.settings.issuer();
		return Map.of("issuer", demo, "authorization_endpoint", demo + "/auth", "token_endpoint", demo + "/token",
				"jwks_uri", demo + "/jwks", "registration_endpoint", demo + "/register",
				"token_endpoint_auth_methods_supported", List.of("private_key_jwt"),
				"id_token_signing_alg_values_supported", List.of("RS256"), "scopes_supported",
				List.of("openid", "https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
						"https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
						"https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
						"https://purl.imsglobal.org/spec/lti-ags/scope/score"),
				"https://purl.imsglobal.org/spec/lti-platform-configuration",
				Map.of("product_family_code", "lesson-tool-demo", "version", "1", "messages_supported",
						List.of(Map.of("type", "LtiResourceLinkRequest"), Map.of("type", "LtiDeepLinkingRequest"))));
	}

	private static String hostAndPort(String url) {
		URI uri = URI.create(url);
		return uri.getHost() + ((uri.getPort() != -1) ? ":" + uri.getPort() : "");
	}

	@PostMapping(path = "/demo/register", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> register(
			@RequestHeader(name = HttpHeaders.AUTHORIZATION, required = false) String auth, @RequestBody String body) {
		if (auth == null || !auth.startsWith("Bearer ") || !this.registrations.spend(auth.substring(7))) {
			return ResponseEntity.badRequest().body(Map.of("error", "token_already_used_or_unknown"));
		}
		JsonNode request = this.json.readTree(body);
		JsonNode tool = request.path(TOOL_CONFIGURATION);
		String target = tool.path("target_link_uri").asString("");
		String problem = null;
		if (!"web".equals(request.path("application_type").asString(""))) {
			problem = "application_type must be web";
		}
		else if (!"private_key_jwt".equals(request.path("token_endpoint_auth_method").asString(""))) {
			problem = "token_endpoint_auth_method must be private_key_jwt";
		}
		else if (!request.path("redirect_uris").isArray()
				|| request.path("response_types").valueStream().noneMatch((t) -> "id_token".equals(t.asString()))) {
			problem = "redirect_uris must be a list and response_types must include id_token";
		}
		else if (target.isEmpty() || !tool.path("domain").asString("").equals(hostAndPort(target))) {
			// as Moodle 4.5 answers: domain_targetlinkuri_mismatch
			problem = "domain must be the host and port of target_link_uri";
		}
		if (problem != null) {
			return ResponseEntity.badRequest()
				.body(Map.of("error", "invalid_client_metadata", "error_description", problem));
		}
		DemoRegistrations.Client client = this.registrations.register();
		return ResponseEntity.ok(Map.of("client_id", client.clientId(), TOOL_CONFIGURATION,
				Map.of("domain", tool.path("domain").asString(), "deployment_id", client.deploymentId())));
	}

}
