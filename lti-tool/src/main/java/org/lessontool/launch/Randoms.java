package org.lessontool.launch;

import java.security.SecureRandom;
import java.util.Base64;

/**
 * Unguessable values: 256 bits from a CSPRNG, URL-safe (lti-checklist C-11 asks 128 or
 * more).
 */
final class Randoms {

	/**
	 * One generator per thread: a shared one is a lock every request thread of a launch
	 * waited on in the benchmark's profile (issue 19).
	 */
	private static final ThreadLocal<SecureRandom> random = ThreadLocal.withInitial(SecureRandom::new);

	private Randoms() {
	}

	static String next() {
		byte[] bytes = new byte[32];
		random.get().nextBytes(bytes);
		return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
	}

}
