package org.lessontool.tutor;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 17: words about hurting oneself get the pointer to help, shorthand included. */
class SelfHarmRuleTests {

	final SelfHarmRule rule = new SelfHarmRule();

	@ParameterizedTest
	@ValueSource(strings = { "i want to kill myself", "kms", "thinking about suicide", "i keep cutting myself",
			"i dont want to be alive", "I wanna die", "how do i end my life" })
	void whenTheQuestionIsOneOfThoseThenItIsDeclined(String question) {
		assertThat(this.rule.check(question)).contains(Decline.SELF_HARM);
	}

	@ParameterizedTest
	@ValueSource(strings = { "why does fine-tuning kill the budget", "can a model hurt my grades",
			"what is a cut-off date for training data", "is lora killer for art styles" })
	void whenTheQuestionIsAboutTheLessonThenTheRuleLetsItPass(String question) {
		assertThat(this.rule.check(question)).isEmpty();
	}

}
