package org.lessontool.launch;

import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

import org.lessontool.registration.Platform;

/**
 * An id_token on its way through the rules: parsed first, its claims trusted only once
 * verified.
 */
final class IdToken {

	final String raw;

	final Platform platform;

	final LoginState login;

	SignedJWT jwt;

	JWTClaimsSet claims;

	IdToken(String raw, Platform platform, LoginState login) {
		this.raw = raw;
		this.platform = platform;
		this.login = login;
	}

	Object claim(String name) {
		return this.claims.getClaim(name);
	}

	String stringClaim(String name) {
		Object value = claim(name);
		return (value instanceof String text) ? text : null;
	}

	static LaunchRejectedException reject(RejectionReason reason, String detail) {
		return new LaunchRejectedException(reason, detail);
	}

}
