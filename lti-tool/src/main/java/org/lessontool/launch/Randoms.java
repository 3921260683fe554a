package org.lessontool.launch;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Unguessable values: 256 bits from a CSPRNG, URL-safe (lti-checklist C-11 asks 128 or
 * more).
 */
final class Randoms {

	private static final SecureRandom random = new SecureRandom();

	private Randoms() {
	}

	static String next() {
		byte[] bytes = new byte[32];
		random.nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
