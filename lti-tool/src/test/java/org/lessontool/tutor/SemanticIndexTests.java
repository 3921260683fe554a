package org.lessontool.tutor;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 17: the sentence model, loaded from its Maven artifact, finds a passage by
 * meaning, and tells a question about the lesson from one about something else that
 * shares its words.
 */
class SemanticIndexTests {

	static final SentenceModel model = SentenceModel.shared().orElseThrow();

	@Test
	void whenAQuestionSaysWhatAPassageSaysInOtherWordsThenThatPassageIsClosest() {
		List<Passage> passages = Passages.of(TutorEvaluationTests.lesson);
		SemanticIndex index = new SemanticIndex(model, passages);
		List<TutorIndex.Hit> hits = index.search(model.embed("how do hospitals get an ai that knows medicine"), 3);
		assertThat(hits.get(0).passage().text()).contains("patient records");
		assertThat(hits.get(0).score()).isGreaterThan(hits.get(2).score());
	}

	@Test
	void whenAQuestionSharesTheLessonsWordsButNotItsSubjectThenASubjectElsewhereIsCloser() {
		SemanticIndex index = new SemanticIndex(model, Passages.of(TutorEvaluationTests.lesson));
		Elsewhere elsewhere = new Elsewhere(model);
		float[] guitar = model.embed("how do i fine tune my guitar strings");
		assertThat(elsewhere.nearest(guitar)).isGreaterThan(index.closest(guitar));
		float[] lesson = model.embed("how expensive is it to fine tune a model");
		assertThat(elsewhere.nearest(lesson)).isLessThan(index.closest(lesson));
	}

	@Test
	void whenATextHasOnlyControlCharactersThenItIsCloseToNothingRatherThanAnError() {
		float[] nothing = model.embed("\u0001\u0007 \u001f");
		assertThat(nothing).hasSize(model.embed("what is fine-tuning").length).containsOnly(0f);
		assertThat(new SemanticIndex(model, Passages.of(TutorEvaluationTests.lesson)).closest(nothing)).isZero();
	}

	@Test
	void vectorsAreUnitLengthSoTheirDotProductIsTheirCosine() {
		float[] vector = model.embed("embeddings are meaning coordinates");
		assertThat(SentenceModel.cosine(vector, vector)).isCloseTo(1f, org.assertj.core.data.Offset.offset(1e-4f));
		assertThat(vector).hasSize(384);
	}

	@Test
	void loadingTheModelOptsOutOfItsLibrarysTelemetry() {
		// DJL reads this before it calls the cloud metadata address and its telemetry
		// URL; EndpointFuzzTests' SSRF detector fails on such a call
		assertThat(System.getProperty("OPT_OUT_TRACKING", System.getenv("OPT_OUT_TRACKING"))).isEqualTo("true");
	}

}
