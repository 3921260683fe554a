package org.lessontool.launch;

/**
 * A later request without a usable launch: missing, tampered or expired token, or wrong
 * CSRF token.
 */
class LaunchSessionException extends RuntimeException {

	private final boolean forbidden;

	LaunchSessionException(String message, boolean forbidden) {
		super(message);
		this.forbidden = forbidden;
	}

	boolean forbidden() {
		return this.forbidden;
	}

}
