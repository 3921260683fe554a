package org.lessontool.content;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TermMarkerTests {

	private final TermMarker marker = new TermMarker(TestLessons.shipped().keyTerms());

	@Test
	void marksFirstUseOfEachTermInASection() {
		List<List<TermMarker.Span>> spans = this.marker
			.markSection(List.of("Fine-tuning vs RAG", "More fine-tuning and RAG"));
		assertThat(terms(spans.get(0))).containsExactly("fine-tuning", "rag");
		assertThat(terms(spans.get(1))).isEmpty();
	}

	@Test
	void longestSpellingWins() {
		List<TermMarker.Span> spans = this.marker.markSection(List.of("Try few-shot prompting today")).get(0);
		assertThat(spans).extracting(TermMarker.Span::text).containsExactly("Try ", "few-shot prompting", " today");
		assertThat(terms(spans)).containsExactly("few-shot-prompting");
	}

	@Test
	void matchesWholeWordsOnly() {
		assertThat(terms(this.marker.markSection(List.of("a ragged draft, promptly")).get(0))).isEmpty();
	}

	@Test
	void spansJoinBackToTheText() {
		String text = "LoRA (Low-Rank Adaptation) is the cheap version of fine-tuning.";
		List<TermMarker.Span> spans = this.marker.markSection(List.of(text)).get(0);
		assertThat(spans.stream().map(TermMarker.Span::text).collect(Collectors.joining())).isEqualTo(text);
	}

	private static List<String> terms(List<TermMarker.Span> spans) {
		return spans.stream().filter(TermMarker.Span::isTerm).map(TermMarker.Span::termId).toList();
	}

}
