package org.lessontool.tutor;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: other AI products and subscription prices are not the lesson's, though they
 * share its words.
 */
class OtherProductsRuleTests {

	final OtherProductsRule rule = new OtherProductsRule();

	@ParameterizedTest
	@ValueSource(strings = { "is character ai safe", "how much is chatgpt plus", "is gemini better than chatgpt",
			"does midjourney cost money", "how much per month is a subscription", "is claude good at coding" })
	void whenTheQuestionIsOneOfThoseThenItIsDeclined(String question) {
		assertThat(this.rule.check(question)).contains(Decline.OFF_TOPIC);
	}

	@ParameterizedTest
	@ValueSource(strings = { "how much does openai charge for fine-tuning", "is a custom gpt free with paid chatgpt",
			"what does notebooklm do", "how much does fine-tuning cost per training run" })
	void whenTheQuestionIsAboutTheLessonThenTheRuleLetsItPass(String question) {
		assertThat(this.rule.check(question)).isEmpty();
	}

}
