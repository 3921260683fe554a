package org.lessontool.launch;

import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWTClaimsSet;

import org.lessontool.registration.Platform;

/**
 * An id_token whose header passed the header rules and whose signature is the platform's
 * (Security Framework 5.1.3 step 1); only now may its claims be read. Immutable: the
 * claim validators read it, none changes it.
 *
 * @param header the JOSE header
 * @param claims the verified claims
 * @param platform the platform the login named
 * @param login the login this launch answers
 */
record VerifiedIdToken(JWSHeader header, JWTClaimsSet claims, Platform platform, LoginState login) {

	Object claim(String name) {
		return this.claims.getClaim(name);
	}

	String stringClaim(String name) {
		return (claim(name) instanceof String text) ? text : null;
	}

	/**
	 * The {@code id} of an object claim (resource_link, context), when it is a string.
	 */
	String idOf(String name) {
		return (claim(name) instanceof Map<?, ?> map && map.get("id") instanceof String id) ? id : null;
	}

	List<String> audience() {
		return this.claims.getAudience();
	}

}
