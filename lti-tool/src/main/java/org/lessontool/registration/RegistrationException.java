package org.lessontool.registration;

import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpStatus;

/** A registration that cannot go on, with a reason an LMS admin can act on. */
public class RegistrationException extends RuntimeException {

	private final HttpStatus status;

	RegistrationException(@Nullable String message) {
		this(message, HttpStatus.BAD_REQUEST);
	}

	RegistrationException(@Nullable String message, HttpStatus status) {
		super(message);
		this.status = status;
	}

	HttpStatus status() {
		return this.status;
	}

}
