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

	SemanticIndex(SentenceModel model, List<Passage> passages) {
		this.passages = passages;
		this.vectors = new float[passages.size()][][];
		for (Passage passage : passages) {
			List<String> sentences = new ArrayList<>(Passages.sentences(passage.text()));
			if (sentences.size() > 1) {
				sentences.add(passage.text());
			}
			this.vectors[passage.id()] = sentences.stream().map(model::embed).toArray(float[][]::new);
		}
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
