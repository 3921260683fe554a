package org.lessontool.launch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;

/** The rules on the verified claims, each citing the checklist item it implements. */
final class ClaimRules {

	private ClaimRules() {
	}

	/** C-22: exactly the registration's issuer, no normalising. */
	static void issuer(IdToken token) {
		String iss = token.claims.getIssuer();
		if (!token.platform.issuer().equals(iss)) {
			throw IdToken.reject(RejectionReason.ISSUER_MISMATCH,
					"the id_token issuer '" + iss + "' is not the login's platform " + token.platform.issuer());
		}
	}

	/** C-23: aud holds the client id; with several audiences azp must name it. */
	static void audience(IdToken token) {
		List<String> audience = token.claims.getAudience();
		String clientId = token.platform.clientId();
		if (audience == null || !audience.contains(clientId)) {
			throw IdToken.reject(RejectionReason.AUDIENCE_MISMATCH,
					"the id_token audience " + audience + " does not include client_id " + clientId);
		}
		Object azp = token.claim("azp");
		if (audience.size() > 1 && azp == null) {
			throw IdToken.reject(RejectionReason.AUDIENCE_MISMATCH,
					"the id_token has several audiences " + audience + " and no azp");
		}
		if (azp != null && !clientId.equals(azp)) {
			throw IdToken.reject(RejectionReason.AUDIENCE_MISMATCH,
					"the id_token azp '" + azp + "' is not client_id " + clientId);
		}
	}

	/**
	 * C-24: exp in the future and iat not in the future, within the leeway, nor too old.
	 */
	static IdTokenRule time(Clock clock, Duration leeway, Duration maxAge) {
		return (token) -> {
			Instant now = clock.instant();
			Date exp = token.claims.getExpirationTime();
			Date iat = token.claims.getIssueTime();
			if (exp == null || iat == null) {
				throw IdToken.reject(RejectionReason.CLAIM_MISSING,
						"the id_token has no " + ((exp == null) ? "exp" : "iat"));
			}
			if (exp.toInstant().plus(leeway).isBefore(now)) {
				throw IdToken.reject(RejectionReason.TOKEN_EXPIRED, "the id_token expired at " + exp.toInstant());
			}
			if (iat.toInstant().minus(leeway).isAfter(now)) {
				throw IdToken.reject(RejectionReason.TOKEN_NOT_YET_VALID,
						"the id_token was issued in the future (" + iat.toInstant() + "); check the platform's clock");
			}
			if (iat.toInstant().plus(maxAge).plus(leeway).isBefore(now)) {
				throw IdToken.reject(RejectionReason.TOKEN_EXPIRED,
						"the id_token was issued too long ago (" + iat.toInstant() + ")");
			}
		};
	}

	/** C-26. */
	static void version(IdToken token) {
		Object version = token.claim(Claims.VERSION);
		if (!"1.3.0".equals(version)) {
			throw IdToken.reject(RejectionReason.VERSION_INVALID, "the LTI version claim is "
					+ ((version == null) ? "missing" : "'" + version + "'") + ", not 1.3.0");
		}
	}

	/** C-28: only the messages this endpoint serves. */
	static void messageType(IdToken token) {
		Object type = token.claim(Claims.MESSAGE_TYPE);
		if (type == null) {
			throw IdToken.reject(RejectionReason.CLAIM_MISSING, "the message_type claim is missing");
		}
		if (!Claims.RESOURCE_LINK_REQUEST.equals(type) && !Claims.DEEP_LINKING_REQUEST.equals(type)) {
			throw IdToken.reject(RejectionReason.MESSAGE_TYPE_UNSUPPORTED,
					"message type '" + type + "' is not supported by this tool");
		}
	}

	/** C-29: a resource link launch names its link and the URL the login asked for. */
	static void resourceLink(IdToken token) {
		if (!Claims.RESOURCE_LINK_REQUEST.equals(token.claim(Claims.MESSAGE_TYPE))) {
			return;
		}
		String target = token.stringClaim(Claims.TARGET_LINK_URI);
		if (target == null) {
			throw IdToken.reject(RejectionReason.CLAIM_MISSING, "the target_link_uri claim is missing");
		}
		if (!target.equals(token.login.targetLinkUri())) {
			throw IdToken.reject(RejectionReason.CLAIM_INVALID, "the target_link_uri claim " + target
					+ " is not the login's target_link_uri " + token.login.targetLinkUri());
		}
		Object link = token.claim(Claims.RESOURCE_LINK);
		Object id = (link instanceof Map<?, ?> map) ? map.get("id") : null;
		if (!(id instanceof String text) || text.isBlank()) {
			throw IdToken.reject(RejectionReason.CLAIM_MISSING, "the resource_link claim has no id");
		}
		bounded("resource_link.id", text);
	}

	/** Deep Linking 2.0 section 4.4: the request says where to send the answer. */
	static void deepLinkingSettings(IdToken token) {
		if (!Claims.DEEP_LINKING_REQUEST.equals(token.claim(Claims.MESSAGE_TYPE))) {
			return;
		}
		Object settings = token.claim(Claims.DEEP_LINKING_SETTINGS);
		Object returnUrl = (settings instanceof Map<?, ?> map) ? map.get("deep_link_return_url") : null;
		if (!(returnUrl instanceof String text) || text.isBlank()) {
			throw IdToken.reject(RejectionReason.CLAIM_MISSING,
					"the deep_linking_settings claim has no deep_link_return_url");
		}
	}

	/** C-30: roles is an array, possibly empty. */
	static void roles(IdToken token) {
		Object roles = token.claim(Claims.ROLES);
		if (!(roles instanceof List<?> list) || list.stream().anyMatch((role) -> !(role instanceof String))) {
			throw IdToken.reject(RejectionReason.CLAIM_MISSING, "the roles claim is missing or not a list of strings");
		}
	}

	/** C-31: a graded activity needs a user. */
	static void subject(IdToken token) {
		String sub = token.claims.getSubject();
		if (sub == null || sub.isBlank()) {
			throw IdToken.reject(RejectionReason.CLAIM_MISSING, "the id_token has no user (sub)");
		}
		bounded("sub", sub);
	}

	/** C-32, C-35: a context, when sent, has an id within the spec's length. */
	static void context(IdToken token) {
		Object context = token.claim(Claims.CONTEXT);
		if (context == null) {
			return;
		}
		Object id = (context instanceof Map<?, ?> map) ? map.get("id") : null;
		if (!(id instanceof String text) || text.isBlank()) {
			throw IdToken.reject(RejectionReason.CLAIM_INVALID, "the context claim has no id");
		}
		bounded("context.id", text);
	}

	static void bounded(String claim, String value) {
		if (value.length() > 255) {
			throw IdToken.reject(RejectionReason.CLAIM_INVALID, claim + " is longer than 255 characters");
		}
	}

}
