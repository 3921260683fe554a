package org.lessontool.tutor;

import java.util.Optional;

/** Question text is data, and capped: an empty or overlong question is not searched. */
final class LengthRule implements QuestionRule {

	static final int LIMIT = 300;

	@Override
	public Optional<Decline> check(String question) {
		if (question.isBlank()) {
			return Optional.of(Decline.EMPTY);
		}
		return (question.length() > LIMIT) ? Optional.of(Decline.TOO_LONG) : Optional.empty();
	}

}
