package org.lessontool.quiz;

/**
 * A quiz request that was tampered with or is not allowed: answered with 400 and nothing
 * stored.
 */
class QuizInputException extends RuntimeException {

	QuizInputException(String message) {
		super(message);
	}

}
