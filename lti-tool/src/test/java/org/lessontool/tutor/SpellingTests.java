package org.lessontool.tutor;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 17: misspelt lesson words are read as the words; other words are left alone. */
class SpellingTests {

	final Spelling spelling = new Spelling(
			List.of("Embeddings are meaning coordinates.", "Fine-tuning is expensive; prompting is cheap.",
					"Retrieval augmented generation", "You actually need a knowledge base."));

	@Test
	void aMisspeltLessonWordIsReadAsTheWord() {
		assertThat(this.spelling.correct("wat r embedings")).isEqualTo("wat r embeddings");
		assertThat(this.spelling.correct("is finetunning expensiv actualy"))
			.isEqualTo("is finetunning expensive actually");
		assertThat(this.spelling.correct("Retreival augmnted generation?"))
			.isEqualTo("retrieval augmented generation?");
	}

	@Test
	void wordsTheLessonDoesNotUseAndShortWordsAreLeftAlone() {
		assertThat(this.spelling.correct("write my history essay about pizza"))
			.isEqualTo("write my history essay about pizza");
		assertThat(this.spelling.correct("lora ppl tho")).isEqualTo("lora ppl tho");
		assertThat(this.spelling.correct("Embeddings")).isEqualTo("Embeddings");
	}

}
