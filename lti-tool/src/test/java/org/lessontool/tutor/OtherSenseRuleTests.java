package org.lessontool.tutor;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: tuning or training something that is not an AI is another sense of the
 * lesson's words.
 */
class OtherSenseRuleTests {

	final OtherSenseRule rule = new OtherSenseRule();

	@ParameterizedTest
	@ValueSource(strings = { "how do i fine tune my free throw", "train my dog to sit", "how do i tune a guitar",
			"can i fine-tune my essay", "tuning up my car", "fine tuning the bike brakes" })
	void whenTheQuestionIsOneOfThoseThenItIsDeclined(String question) {
		assertThat(this.rule.check(question)).contains(Decline.OFF_TOPIC);
	}

	@ParameterizedTest
	@ValueSource(strings = { "how do i fine tune a model", "can i train my own model",
			"should i fine tune a customer service bot", "do i need to fine tune for my school project",
			"fine tune the base ai on my notes", "is it worth training a whole new one", "train a lora on my art" })
	void whenTheQuestionIsAboutTheLessonThenTheRuleLetsItPass(String question) {
		assertThat(this.rule.check(question)).isEmpty();
	}

}
