package org.lessontool.tutor;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 17: news about AI is not in a lesson written once. */
class AiNewsRuleTests {

	final AiNewsRule rule = new AiNewsRule();

	@ParameterizedTest
	@ValueSource(strings = { "who is the ceo of openai", "what did openai announce today", "whats the newest gpt",
			"any ai news this week", "what is the latest model from openai" })
	void whenTheQuestionIsOneOfThoseThenItIsDeclined(String question) {
		assertThat(this.rule.check(question)).contains(Decline.OFF_TOPIC);
	}

	@ParameterizedTest
	@ValueSource(strings = { "was fine-tuning always the only way to customize ai",
			"how did companies customize ai before 2026", "what is a base model" })
	void whenTheQuestionIsAboutTheLessonThenTheRuleLetsItPass(String question) {
		assertThat(this.rule.check(question)).isEmpty();
	}

}
