package org.lessontool.tutor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Issue 17: the lesson's passages as sentence embeddings, so a question that says the
 * same thing in other words ("how do hospitals get an AI that knows medicine") finds the
 * passage that answers it. A passage of several sentences (a try-it, a definition) is as
 * close as its closest sentence, so one long passage does not blur what each sentence
 * says. Computed once, when the tutor is built.
 */
final class SemanticIndex {

	private final List<Passage> passages;

	private final float[][][] vectors;

	/**
	 * Each passage's sentences alone: what says whether a question is about the lesson.
	 */
	private final float[][][] sentenceVectors;

	SemanticIndex(SentenceModel model, List<Passage> passages) {
		this.passages = passages;
		this.vectors = new float[passages.size()][][];
		this.sentenceVectors = new float[passages.size()][][];
		for (Passage passage : passages) {
			List<String> sentences = new ArrayList<>(Passages.sentences(passage.text()));
			List<String> clauses = new ArrayList<>();
			sentences.forEach((sentence) -> clauses.addAll(clauses(sentence)));
			if (sentences.size() > 1) {
				sentences.add(passage.text());
			}
			this.sentenceVectors[passage.id()] = sentences.stream().map(model::embed).toArray(float[][]::new);
			this.vectors[passage.id()] = java.util.stream.Stream
				.concat(java.util.Arrays.stream(this.sentenceVectors[passage.id()]), clauses.stream().map(model::embed))
				.toArray(float[][]::new);
		}
	}

	/**
	 * The parts of a sentence that lists ("Fine-tuning shines for: a customer-service
	 * bot…, or a code assistant for a private codebase"), each of which answers on its
	 * own; none for a sentence that does not list.
	 */
	static List<String> clauses(String sentence) {
		String[] parts = sentence.split("\\s*(?:[:;—]|, or )\\s*");
		return (parts.length < 2) ? List.of()
				: java.util.Arrays.stream(parts).filter((part) -> part.split("\\s+").length >= 3).toList();
	}

	/**
	 * How close the question comes to any of the lesson's sentences. Clauses are left
	 * out: "fine-tuning is expensive" alone is close to any question that says "fine
	 * tune", even of a bike's brakes.
	 */
	float closest(float[] asked) {
		float best = -1;
		for (float[][] passage : this.sentenceVectors) {
			for (float[] vector : passage) {
				best = Math.max(best, SentenceModel.cosine(asked, vector));
			}
		}
		return best;
	}

	/** The passages by cosine similarity to the question's vector, best first. */
	List<TutorIndex.Hit> search(float[] asked, int limit) {
		List<TutorIndex.Hit> hits = new ArrayList<>(this.passages.size());
		for (Passage passage : this.passages) {
			float best = -1;
			for (float[] vector : this.vectors[passage.id()]) {
				best = Math.max(best, SentenceModel.cosine(asked, vector));
			}
			hits.add(new TutorIndex.Hit(passage, best));
		}
		hits.sort(Comparator.comparingDouble(TutorIndex.Hit::score).reversed());
		return hits.subList(0, Math.min(limit, hits.size()));
	}

}
