package org.lessontool.tutor;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 17: other people's medical or private data is not for feeding an AI. */
class PrivateDataRuleTests {

	final PrivateDataRule rule = new PrivateDataRule();

	@ParameterizedTest
	@ValueSource(strings = { "how do i find out where someone lives using ai", "use my cousins pics without asking her",
			"train ai on my friends therapy notes", "train an ai on my friends medical records",
			"upload my classmates private texts to notebooklm", "use my moms health records in a chatbot",
			"can rag search someone elses dms", "put other students grades in a custom gpt" })
	void whenTheQuestionIsOneOfThoseThenItIsDeclined(String question) {
		assertThat(this.rule.check(question)).contains(Decline.SAFETY_PRIVATE_DATA);
	}

	@ParameterizedTest
	@ValueSource(strings = { "what is a medical ai trained on", "how do hospitals use patient records to fine tune",
			"can i use rag on my own notes", "can our students build a custom gpt for history" })
	void whenTheQuestionIsAboutTheLessonThenTheRuleLetsItPass(String question) {
		assertThat(this.rule.check(question)).isEmpty();
	}

}
