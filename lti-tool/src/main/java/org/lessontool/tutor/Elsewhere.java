package org.lessontool.tutor;

/**
 * Issue 17: subjects the lesson does not cover, as sentence embeddings. A question about
 * tuning a guitar or the price of a subscription shares the lesson's words ("tune",
 * "cost") but sits closer to one of these than to any passage, and is declined.
 */
final class Elsewhere {

	private final float[][] subjects;

	Elsewhere(SentenceModel model) {
		this.subjects = ResourceLines.of("/tutor/elsewhere.txt").stream().map(model::embed).toArray(float[][]::new);
	}

	/** The highest cosine similarity of the question to a subject outside the lesson. */
	float nearest(float[] question) {
		float best = -1;
		for (float[] subject : this.subjects) {
			best = Math.max(best, SentenceModel.cosine(question, subject));
		}
		return best;
	}

}
