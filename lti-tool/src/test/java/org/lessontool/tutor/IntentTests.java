package org.lessontool.tutor;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 17: what a question asks for, and which passages give it. */
class IntentTests {

	@Test
	void whenAQuestionAsksForACostAReasonATimeAUseOrAComparisonThenItsIntentSaysSo() {
		assertThat(Intent.of("how much does openai charge")).isEqualTo(Intent.COST);
		assertThat(Intent.of("y is it so expensive")).isEqualTo(Intent.COST);
		assertThat(Intent.of("what is fine tuning actually good for")).isEqualTo(Intent.USE);
		assertThat(Intent.of("whens fine tuning the right call")).isEqualTo(Intent.WHEN);
		assertThat(Intent.of("wats the diffrence between rag n finetuning")).isEqualTo(Intent.COMPARE);
		assertThat(Intent.of("how come lawyers have custom ai")).isEqualTo(Intent.WHY);
		assertThat(Intent.of("wat is lora")).isEqualTo(Intent.WHAT);
		assertThat(Intent.of("lora")).isEqualTo(Intent.OTHER);
	}

	@Test
	void whenAPassageGivesWhatIsAskedThenItAnswersTheIntent() {
		assertThat(Intent.WHEN.answeredBy(passage("Fine-tune only when: you need a specific output format."))).isTrue();
		// "Fine-tuning is when you take…" defines; it does not say when to
		assertThat(Intent.WHEN.answeredBy(passage("Fine-tuning is when you take a pre-trained model."))).isFalse();
		assertThat(Intent.COST.answeredBy(passage("OpenAI fine-tuning costs ~$25-100 per training run."))).isTrue();
		assertThat(Intent.COST.answeredBy(passage("LoRA is common for image models."))).isFalse();
		assertThat(Intent.OTHER.answeredBy(passage("Anything at all."))).isFalse();
	}

	static Passage passage(String text) {
		return new Passage(0, Passage.Kind.SENTENCE, text, "s5", "Section 5", List.of("s5"), "s5", null);
	}

}
