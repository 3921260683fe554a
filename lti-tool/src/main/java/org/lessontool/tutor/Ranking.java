package org.lessontool.tutor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Issue 17: the passages ranked by words (BM25) and by meaning (sentence embeddings),
 * fused by reciprocal rank (Cormack, Clarke and Büttcher, SIGIR 2009), so a passage both
 * rankings like leads one only a single ranking likes. A passage that gives what the
 * question asks for ({@link Intent}) gains a quarter.
 */
final class Ranking {

	/** Small, because a lesson has tens of passages, not millions. */
	static final int K = 10;

	/**
	 * What giving the asked-for kind of answer is worth: a quarter more of the evidence
	 * the rankings already give, so it reorders close passages and never lifts one
	 * neither ranking likes.
	 */
	static final double INTENT_WEIGHT = 0.25;

	private Ranking() {
	}

	/**
	 * A passage and its fused score.
	 *
	 * @param passage the passage
	 * @param score its fused score
	 */
	record Ranked(Passage passage, double score) {
	}

	static List<Ranked> fuse(List<TutorIndex.Hit> lexical, List<TutorIndex.Hit> semantic, Intent intent) {
		Map<Passage, Double> scores = new LinkedHashMap<>();
		add(scores, lexical);
		add(scores, semantic);
		List<Ranked> ranked = new ArrayList<>();
		scores.forEach((passage, score) -> ranked
			.add(new Ranked(passage, score * (intent.answeredBy(passage) ? 1 + INTENT_WEIGHT : 1))));
		ranked.sort(Comparator.comparingDouble(Ranked::score).reversed());
		return ranked;
	}

	private static void add(Map<Passage, Double> scores, List<TutorIndex.Hit> hits) {
		for (int rank = 0; rank < hits.size(); rank++) {
			scores.merge(hits.get(rank).passage(), 1.0 / (K + rank + 1), Double::sum);
		}
	}

}
