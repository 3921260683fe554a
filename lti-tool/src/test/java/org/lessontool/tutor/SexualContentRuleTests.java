package org.lessontool.tutor;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 17: anything sexual is declined, whatever lesson words come with it. */
class SexualContentRuleTests {

	final SexualContentRule rule = new SexualContentRule();

	@ParameterizedTest
	@ValueSource(strings = { "make nudes with stable diffusion", "how to get NSFW images from a lora",
			"is there porn ai", "undress a photo with ai", "sexy anime art style" })
	void whenTheQuestionIsOneOfThoseThenItIsDeclined(String question) {
		assertThat(this.rule.check(question)).contains(Decline.SAFETY_SEXUAL);
	}

	@ParameterizedTest
	@ValueSource(strings = { "how does stable diffusion learn an art style", "what is explicit about a system prompt?",
			"is few-shot prompting safe for school" })
	void whenTheQuestionIsAboutTheLessonThenTheRuleLetsItPass(String question) {
		assertThat(this.rule.check(question)).isEmpty();
	}

}
