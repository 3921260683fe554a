package org.lessontool.deeplink;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.lessontool.tool.ToolKeys;
import org.lessontool.launch.DeepLinkingSettings;
import org.lessontool.launch.LaunchContext;
import org.springframework.stereotype.Component;

/**
 * Mints the signed {@code LtiDeepLinkingResponse} (Deep Linking 2.0 section 4.5,
 * lti-checklist D-04 to D-07) at the moment the teacher answers, so it is never stale
 * when the platform checks {@code iat} (D-05).
 */
@Component
class DeepLinkingResponses {

	static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";

	static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";

	/** D-04: short-lived; Canvas refuses one older than 5 minutes anyway. */
	private static final long LIFETIME_SECONDS = 300;

	private static final SecureRandom random = new SecureRandom();

	private final ToolKeys keys;

	private final LessonOffer offer;

	private final Clock clock;

	DeepLinkingResponses(ToolKeys keys, LessonOffer offer, Clock clock) {
		this.keys = keys;
		this.offer = offer;
		this.clock = clock;
	}

	/** The lesson as one LTI resource link with its gradebook column. */
	String link(LaunchContext launch, LinkOptions options, String launchUrl) {
		DeepLinkingSettings settings = launch.deepLinking();
		Map<String, Object> item = new LinkedHashMap<>();
		item.put("type", DeepLinkingSettings.LTI_RESOURCE_LINK);
		item.put("title", options.title());
		item.put("text", this.offer.description());
		// D-06: the launch URL on the tool's own origin
		item.put("url", launchUrl);
		item.put("custom", options.custom());
		if (settings.acceptsLineItem()) {
			Map<String, Object> lineItem = new LinkedHashMap<>();
			lineItem.put("label", options.title());
			lineItem.put("scoreMaximum", this.offer.scoreMaximum());
			lineItem.put("resourceId", this.offer.resourceId());
			lineItem.put("tag", "quiz");
			item.put("lineItem", lineItem);
		}
		// D-07: only presentation blocks the platform accepts
		if (settings.acceptsTarget("iframe")) {
			item.put("iframe", Map.of("width", 1000, "height", 800));
		}
		else if (settings.acceptsTarget("window")) {
			item.put("window", Map.of("targetName", "lesson-964"));
		}
		return sign(launch, List.of(item), Map.of(DL + "msg", "Added \"" + options.title() + "\" to the course."));
	}

	/** D-03 and cancelling: nothing is placed, and the platform is told why. */
	String empty(LaunchContext launch, String message, boolean error) {
		return sign(launch, List.of(),
				Map.of(DL + (error ? "errormsg" : "msg"), message, DL + (error ? "errorlog" : "log"), message));
	}

	private String sign(LaunchContext launch, List<Map<String, Object>> items, Map<String, String> messages) {
		Instant now = this.clock.instant();
		JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder().issuer(launch.clientId())
			.audience(launch.issuer())
			.issueTime(Date.from(now))
			.expirationTime(Date.from(now.plusSeconds(LIFETIME_SECONDS)))
			// D-04: fresh each time; Canvas treats the nonce as a jti and refuses reuse
			.claim("nonce", nonce())
			.claim(LTI + "deployment_id", launch.deploymentId())
			.claim(LTI + "message_type", "LtiDeepLinkingResponse")
			.claim(LTI + "version", "1.3.0");
		if (!items.isEmpty()) {
			claims.claim(DL + "content_items", items);
		}
		String data = launch.deepLinking().data();
		if (data != null) {
			claims.claim(DL + "data", data);
		}
		messages.forEach(claims::claim);
		RSAKey key = this.keys.signingKey();
		SignedJWT jwt = new SignedJWT(
				new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID()).type(JOSEObjectType.JWT).build(),
				claims.build());
		try {
			jwt.sign(new RSASSASigner(key));
		}
		catch (JOSEException ex) {
			throw new IllegalStateException("The tool key could not sign the deep-linking response", ex);
		}
		return jwt.serialize();
	}

	private static String nonce() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
