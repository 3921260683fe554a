package org.lessontool.tutor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Issue 17: subjects the lesson does not cover, as sentence embeddings. A question about
 * tuning a guitar or the price of a subscription shares the lesson's words ("tune",
 * "cost") but sits closer to one of these than to any passage, and is declined.
 */
final class Elsewhere {

	private final float[][] subjects;

	Elsewhere(SentenceModel model) {
		this.subjects = subjects().stream().map(model::embed).toArray(float[][]::new);
	}

	/** The highest cosine similarity of the question to a subject outside the lesson. */
	float nearest(float[] question) {
		float best = -1;
		for (float[] subject : this.subjects) {
			best = Math.max(best, SentenceModel.cosine(question, subject));
		}
		return best;
	}

	static List<String> subjects() {
		try (InputStream in = Elsewhere.class.getResourceAsStream("/tutor/elsewhere.txt");
				BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return reader.lines()
				.map(String::strip)
				.filter((line) -> !line.isEmpty() && !line.startsWith("#"))
				.toList();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
