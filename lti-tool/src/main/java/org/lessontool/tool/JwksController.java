package org.lessontool.tool;

import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * lti-checklist C-45: the tool's public keys, for platforms to verify what the tool
 * signs.
 */
@RestController
class JwksController {

	private final ToolKeys keys;

	JwksController(ToolKeys keys) {
		this.keys = keys;
	}

	@GetMapping(path = "/.well-known/jwks.json", produces = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<Map<String, Object>> jwks() {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(5, TimeUnit.MINUTES).cachePublic())
			.body(this.keys.publicKeys().toJSONObject(true));
	}

}
