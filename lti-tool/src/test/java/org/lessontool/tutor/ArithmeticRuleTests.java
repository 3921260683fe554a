package org.lessontool.tutor;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: a sum to work out is not a question about the lesson, whatever numbers it
 * shares.
 */
class ArithmeticRuleTests {

	final ArithmeticRule rule = new ArithmeticRule();

	@ParameterizedTest
	@ValueSource(strings = { "whats 25 times 100", "1000 / 25", "what is 99% of 250", "2x + 5 = 11",
			"solve for x if 3x is 12", "12 divided by 4" })
	void whenTheQuestionIsOneOfThoseThenItIsDeclined(String question) {
		assertThat(this.rule.check(question)).contains(Decline.OFF_TOPIC);
	}

	@ParameterizedTest
	@ValueSource(strings = { "how much is $25-100 per training run", "what is a 100-doc knowledge base",
			"why 99% of teen projects dont need it", "upload 5 docs to notebooklm" })
	void whenTheQuestionIsAboutTheLessonThenTheRuleLetsItPass(String question) {
		assertThat(this.rule.check(question)).isEmpty();
	}

}
