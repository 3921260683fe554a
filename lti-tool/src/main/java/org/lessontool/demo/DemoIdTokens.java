package org.lessontool.demo;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jwt.JWTClaimsSet;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Component;

/**
 * The claims of the demo's id_tokens: a resource-link launch of one of the course's
 * activities, or a teacher's deep-linking request, with AGS and NRPS endpoints as a real
 * LMS sends them.
 */
@Component
@Profile("default | demo")
class DemoIdTokens {

	static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";

	/** The hint's claim that asks for a deep-linking request rather than a launch. */
	static final String DEEP_LINKING = "deep_linking";

	/**
	 * The hint's claim that says the course page was on the school's site, where a Canvas
	 * launch's return URL points (fixtures/canvas).
	 */
	static final String SCHOOL_SITE = "school_site";

	private final DemoSettings settings;

	private final DemoKeys keys;

	DemoIdTokens(DemoSettings settings, DemoKeys keys) {
		this.settings = settings;
		this.keys = keys;
	}

	JWTClaimsSet launch(DemoUser user, String nonce, DemoRegistrations.Client client, String courseUrl,
			DemoActivities.Activity activity) {
		Map<String, Object> ags = new LinkedHashMap<>();
		ags.put("scope",
				List.of("https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
						"https://purl.imsglobal.org/spec/lti-ags/scope/lineitem.readonly",
						"https://purl.imsglobal.org/spec/lti-ags/scope/result.readonly",
						"https://purl.imsglobal.org/spec/lti-ags/scope/score"));
		ags.put("lineitems", this.settings.platformUrl() + "/demo/lineitems");
		if (activity.lineItemId() != null) {
			// lti-checklist D-09: the column the deep-linking response created
			ags.put("lineitem", this.settings.platformUrl() + "/demo/lineitems/" + activity.lineItemId() + "/lineitem");
		}
		return common(user, nonce, client, courseUrl).claim(LTI + "message_type", "LtiResourceLinkRequest")
			.claim(LTI + "resource_link", Map.of("id", activity.resourceLinkId(), "title", activity.title()))
			.claim(LTI + "custom", activity.custom())
			.claim("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint", ags)
			.build();
	}

	/**
	 * Deep Linking 2.0 section 4.4; {@code data} is signed by the demo so the answer can
	 * be checked without keeping state.
	 */
	JWTClaimsSet deepLinking(DemoUser user, String nonce, DemoRegistrations.Client client, String courseUrl) {
		String data = this.keys.sign(new JWTClaimsSet.Builder().subject(user.id())
			.claim("purpose", DEEP_LINKING)
			.expirationTime(Date.from(Instant.now().plusSeconds(3600)))
			.build());
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("deep_link_return_url", this.settings.platformUrl() + "/demo/deep-links");
		settings.put("accept_types", List.of("ltiResourceLink"));
		settings.put("accept_presentation_document_targets", List.of("iframe", "window"));
		settings.put("accept_multiple", false);
		settings.put("accept_lineitem", true);
		settings.put("title", "Lesson 964: Fine-tuning");
		settings.put("data", data);
		return common(user, nonce, client, courseUrl).claim(LTI + "message_type", "LtiDeepLinkingRequest")
			.claim("https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings", settings)
			.build();
	}

	private JWTClaimsSet.Builder common(DemoUser user, String nonce, DemoRegistrations.Client client,
			String courseUrl) {
		Instant now = Instant.now();
		return new JWTClaimsSet.Builder().issuer(this.settings.issuer())
			.audience(client.clientId())
			.subject(user.id())
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(60)))
			.claim("nonce", nonce)
			.claim("name", user.name())
			.claim("given_name", user.givenName())
			.claim("family_name", user.familyName())
			.claim(LTI + "version", "1.3.0")
			.claim(LTI + "deployment_id", client.deploymentId())
			.claim(LTI + "target_link_uri", this.settings.redirectUri())
			.claim(LTI + "roles", List.of(user.role()))
			.claim(LTI + "context", Map.of("id", "demo-course", "label", "DEMO", "title", "Demo course: AI for teens"))
			.claim(LTI + "launch_presentation", Map.of("document_target", "iframe", "return_url", courseUrl))
			.claim("https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice",
					Map.of("context_memberships_url", this.settings.platformUrl() + "/demo/memberships",
							"service_versions", List.of("2.0")))
			.claim(LTI + "tool_platform",
					Map.of("guid", "lesson-tool-demo", "name", "Demo LMS", "product_family_code", "lesson-tool-demo"));
	}

}
