package org.lessontool.tutor;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Issue 17: a sum to work out ("whats 25 times 100") is not a question about the lesson,
 * though "25" and "100" are numbers the lesson uses ($25-100, a 100-doc knowledge base).
 */
final class ArithmeticRule implements QuestionRule {

	private static final Pattern SUM = Pattern
		.compile("\\d\\s*([+*/×÷=^x]|times|divided by|multiplied by|plus|minus|percent of|% of|squared|cubed)\\s*\\d"
				+ "|\\b(square root|sqrt|solve)\\b.{0,20}\\d", Pattern.CASE_INSENSITIVE);

	@Override
	public Optional<Decline> check(String question) {
		return SUM.matcher(question).find() ? Optional.of(Decline.OFF_TOPIC) : Optional.empty();
	}

}
