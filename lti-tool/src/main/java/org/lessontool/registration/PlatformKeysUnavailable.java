package org.lessontool.registration;

/**
 * A platform's key set has no key for a kid, or cannot be read; the message says which.
 */
public class PlatformKeysUnavailable extends RuntimeException {

	PlatformKeysUnavailable(String message) {
		super(message);
	}

}
