package org.lessontool.registration;

/** A registration that cannot go on, with a reason an LMS admin can act on. */
class RegistrationException extends RuntimeException {

	RegistrationException(String message) {
		super(message);
	}

}
