package org.lessontool.platform;

import java.time.Instant;
import java.util.Set;

/**
 * An access token for a platform's services.
 *
 * @param value the bearer token; never logged
 * @param scopes the scopes the platform granted, which may be fewer than asked
 * @param expiresAt when it stops working
 */
record ServiceToken(String value, Set<String> scopes, Instant expiresAt) {

	@Override
	public String toString() {
		return "ServiceToken[scopes=" + this.scopes + ", expiresAt=" + this.expiresAt + "]";
	}

}
