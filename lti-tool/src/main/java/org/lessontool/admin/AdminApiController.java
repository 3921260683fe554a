package org.lessontool.admin;

import java.util.List;
import java.util.Map;

import org.lessontool.tool.KeyRotation;
import org.lessontool.tool.ToolKeys;
import org.lessontool.registration.AdminAudit;
import org.lessontool.registration.Platform;
import org.lessontool.registration.PlatformAdministration;
import org.lessontool.registration.PlatformForm;
import org.lessontool.registration.Platforms;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The admin console's operations as JSON, for automation; every call needs an admin API
 * token.
 */
@RestController
class AdminApiController {

	private final Platforms platforms;

	private final PlatformAdministration administration;

	private final ToolKeys keys;

	private final KeyRotation rotation;

	private final AdminAudit audit;

	AdminApiController(Platforms platforms, PlatformAdministration administration, ToolKeys keys, KeyRotation rotation,
			AdminAudit audit) {
		this.platforms = platforms;
		this.administration = administration;
		this.keys = keys;
		this.rotation = rotation;
		this.audit = audit;
	}

	@GetMapping("/admin/api/platforms")
	List<Map<String, Object>> platforms() {
		return this.platforms.findAll().stream().map(this::json).toList();
	}

	@PostMapping("/admin/api/platforms")
	ResponseEntity<Map<String, Object>> add(@RequestBody PlatformForm form) {
		List<String> problems = this.administration.add(form, "api");
		if (!problems.isEmpty()) {
			return ResponseEntity.badRequest().body(Map.of("problems", problems));
		}
		return ResponseEntity.status(201)
			.body(json(this.platforms.find(form.issuer().strip(), form.clientId().strip()).orElseThrow()));
	}

	@PostMapping("/admin/api/platforms/{id}/approve")
	ResponseEntity<Map<String, Object>> approve(@PathVariable String id) {
		return this.administration.setStatus(id, Platform.Status.ACTIVE, "api")
			.map((platform) -> ResponseEntity.ok(json(this.platforms.findById(id).orElseThrow())))
			.orElse(ResponseEntity.notFound().build());
	}

	@PostMapping("/admin/api/platforms/{id}/disable")
	ResponseEntity<Map<String, Object>> disable(@PathVariable String id) {
		return this.administration.setStatus(id, Platform.Status.DISABLED, "api")
			.map((platform) -> ResponseEntity.ok(json(this.platforms.findById(id).orElseThrow())))
			.orElse(ResponseEntity.notFound().build());
	}

	@GetMapping("/admin/api/keys")
	List<Map<String, Object>> keys() {
		return this.keys.all()
			.stream()
			.map((key) -> Map.<String, Object>of("kid", key.kid(), "state", key.state().name().toLowerCase(),
					"createdAt", key.createdAt().toString()))
			.toList();
	}

	@PostMapping("/admin/api/keys/rotate")
	Map<String, Object> rotate() {
		String kid = this.rotation.rotateNow();
		this.audit.record("api", "rotate keys", "next key " + kid + " published");
		return Map.of("next", kid);
	}

	private Map<String, Object> json(Platform platform) {
		Map<String, Object> json = new java.util.LinkedHashMap<>();
		json.put("id", platform.id());
		json.put("issuer", platform.issuer());
		json.put("clientId", platform.clientId());
		json.put("authorizationEndpoint", platform.authorizationEndpoint());
		json.put("tokenEndpoint", platform.tokenEndpoint());
		json.put("jwksUrl", platform.jwksUrl());
		json.put("tokenAudience", platform.tokenAudience());
		json.put("deploymentPolicy", platform.deploymentPolicy().name());
		json.put("frameAncestors", platform.frameAncestors());
		json.put("status", platform.status().name().toLowerCase());
		json.put("deployments", this.platforms.deployments(platform.id()));
		return json;
	}

}
