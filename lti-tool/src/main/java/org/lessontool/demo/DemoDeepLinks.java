package org.lessontool.demo;

import java.net.MalformedURLException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Profile;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The demo LMS's {@code deep_link_return_url}: it checks the tool's signed response as a
 * real LMS does (signature against the tool's JWKS, issuer, audience, message type, and
 * its own {@code data} echoed), then adds the activity and its gradebook column.
 */
@Controller
@Profile("default | demo")
class DemoDeepLinks {

	private static final Logger logger = LoggerFactory.getLogger(DemoDeepLinks.class);

	private static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";

	private final DemoSettings settings;

	private final DemoKeys keys;

	private final DemoRegistrations registrations;

	private final DemoActivities activities;

	private final DefaultJWTProcessor<SecurityContext> responses = new DefaultJWTProcessor<>();

	DemoDeepLinks(DemoSettings settings, DemoKeys keys, DemoRegistrations registrations, DemoActivities activities)
			throws MalformedURLException {
		this.settings = settings;
		this.keys = keys;
		this.registrations = registrations;
		this.activities = activities;
		this.responses.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256,
				JWKSourceBuilder
					.<SecurityContext>create(URI.create(settings.toolUrl() + "/.well-known/jwks.json").toURL())
					.build()));
	}

	@PostMapping("/demo/deep-links")
	String receive(@RequestParam(name = "JWT", required = false) String jwt, HttpServletResponse response,
			Model model) {
		DemoPolicy.allowTool(response, this.settings);
		JWTClaimsSet claims;
		try {
			claims = this.responses.process(jwt, null);
			check(claims);
		}
		catch (Exception ex) {
			logger.warn("Demo LMS refused a deep-linking response: {}", ex.getMessage());
			response.setStatus(400);
			model.addAttribute("problem", "The tool's answer could not be accepted: " + ex.getMessage());
			return "demo/deep-link-done";
		}
		Object items = claims.getClaim(DL + "content_items");
		if (!(items instanceof List<?> list) || list.isEmpty()) {
			model.addAttribute("message", String.valueOf((claims.getClaim(DL + "errormsg") != null)
					? claims.getClaim(DL + "errormsg") : claims.getClaim(DL + "msg")));
			return "demo/deep-link-done";
		}
		DemoActivities.Activity added = add((Map<?, ?>) list.get(0));
		model.addAttribute("added", added);
		model.addAttribute("courseUrl", this.settings.platformUrl() + "/demo?activity=" + added.resourceLinkId());
		return "demo/deep-link-done";
	}

	private void check(JWTClaimsSet claims) throws Exception {
		String clientId = String.valueOf(claims.getIssuer());
		if (this.registrations.find(clientId).isEmpty()) {
			throw new IllegalArgumentException("unknown issuer " + clientId);
		}
		if (!claims.getAudience().contains(this.settings.issuer())) {
			throw new IllegalArgumentException("the audience is not this LMS");
		}
		if (!"LtiDeepLinkingResponse"
			.equals(claims.getStringClaim("https://purl.imsglobal.org/spec/lti/claim/message_type"))) {
			throw new IllegalArgumentException("not a deep-linking response");
		}
		JWTClaimsSet data = this.keys.verify(claims.getStringClaim(DL + "data"));
		if (!DemoIdTokens.DEEP_LINKING.equals(data.getClaim("purpose"))
				|| data.getExpirationTime().before(new java.util.Date())) {
			throw new IllegalArgumentException("the data value is not the one this LMS sent");
		}
	}

	private DemoActivities.Activity add(Map<?, ?> item) {
		Map<String, String> custom = new LinkedHashMap<>();
		if (item.get("custom") instanceof Map<?, ?> values) {
			values.forEach((key, value) -> custom.put(String.valueOf(key), String.valueOf(value)));
		}
		String title = (item.get("title") instanceof String text) ? text : "Lesson 964";
		if (item.get("lineItem") instanceof Map<?, ?> lineItem && lineItem.get("scoreMaximum") instanceof Number max) {
			return this.activities.add(title, custom, (String) lineItem.get("label"), max.doubleValue(),
					(String) lineItem.get("tag"), (String) lineItem.get("resourceId"));
		}
		return this.activities.add(title, custom, null, null, null, null);
	}

}
