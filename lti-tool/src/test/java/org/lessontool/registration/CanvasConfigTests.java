package org.lessontool.registration;

import java.util.List;
import java.util.Map;

import com.nimbusds.jose.util.JSONObjectUtils;
import org.junit.jupiter.api.Test;
import org.lessontool.test.ToolHttp;
import org.lessontool.test.ToolTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** lti-checklist CV-04: the developer key JSON, field by field. */
@ToolTest
class CanvasConfigTests {

	@LocalServerPort
	int port;

	@Test
	@SuppressWarnings("unchecked")
	void canvasDeveloperKeyConfigurationHasEveryField() throws Exception {
		String base = "http://localhost:" + this.port;
		Map<String, Object> config = JSONObjectUtils.parse(ToolHttp.get(this.port, "/lti/canvas.json").body());
		assertThat(config).containsEntry("title", "Lesson 964: AI and Why Companies 'Fine-Tune' Their Own AI")
			.containsEntry("oidc_initiation_url", base + "/lti/login")
			.containsEntry("target_link_uri", base + "/lti/launch")
			.containsEntry("public_jwk_url", base + "/.well-known/jwks.json")
			.containsKey("description");
		assertThat((List<String>) config.get("scopes")).contains("https://purl.imsglobal.org/spec/lti-ags/scope/score",
				"https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
				"https://purl.imsglobal.org/spec/lti-nrps/scope/contextmembership.readonly");
		Map<String, Object> extension = ((List<Map<String, Object>>) config.get("extensions")).get(0);
		assertThat(extension).containsEntry("platform", "canvas.instructure.com")
			.containsEntry("privacy_level", "public")
			.containsEntry("domain", "localhost");
		List<Map<String, Object>> placements = (List<Map<String, Object>>) ((Map<String, Object>) extension
			.get("settings")).get("placements");
		assertThat(placements).extracting((p) -> p.get("placement"))
			.containsExactly("link_selection", "assignment_selection");
		assertThat(placements).allSatisfy((p) -> assertThat(p).containsEntry("message_type", "LtiDeepLinkingRequest")
			.containsEntry("target_link_uri", base + "/lti/launch"));
	}

}
