package org.lessontool.tutor;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Issue 17: the rules decline what they have words for; a teenager has more words than
 * any rule ("i think about ending it", "how many pills…"). This declines by meaning: a
 * question close to a sentence of a decline kind ({@code tutor/declines.txt}) is declined
 * as that kind. Self-harm is matched on closeness alone, since missing it costs far more
 * than a kind word in the wrong place; other kinds must also be closer than the lesson
 * is.
 */
final class DeclineMeaning {

	/**
	 * Tuned on the evaluation set: how close a question must come to a kind's sentences.
	 */
	static final Map<Decline, Float> THRESHOLDS = new EnumMap<>(
			Map.of(Decline.SELF_HARM, 0.50f, Decline.SAFETY_SEXUAL, 0.55f, Decline.SAFETY_REAL_PERSON, 0.55f,
					Decline.SAFETY_PRIVATE_DATA, 0.55f, Decline.HOMEWORK, 0.60f, Decline.INSTRUCTIONS, 0.60f));

	/** Tuned on the evaluation set: how much closer than the lesson a kind must be. */
	static final float MARGIN = 0.05f;

	private final List<Decline> kinds = new ArrayList<>();

	private final List<float[]> vectors = new ArrayList<>();

	DeclineMeaning(SentenceModel model) {
		for (String line : lines()) {
			String[] parts = line.split("\\|", 2);
			this.kinds.add(Decline.valueOf(parts[0].strip()));
			this.vectors.add(model.embed(parts[1].strip()));
		}
	}

	/**
	 * @param question the question's vector
	 * @param lesson how close it comes to the lesson's closest sentence
	 */
	Optional<Decline> check(float[] question, float lesson) {
		Map<Decline, Float> closest = closest(question);
		for (Map.Entry<Decline, Float> kind : closest.entrySet()) {
			boolean close = kind.getValue() >= THRESHOLDS.get(kind.getKey());
			if (close && (kind.getKey() == Decline.SELF_HARM || kind.getValue() > lesson + MARGIN)) {
				return Optional.of(kind.getKey());
			}
		}
		return Optional.empty();
	}

	/** How close the question comes to each kind, in the kinds' order. */
	Map<Decline, Float> closest(float[] question) {
		Map<Decline, Float> closest = new EnumMap<>(Decline.class);
		for (int i = 0; i < this.vectors.size(); i++) {
			closest.merge(this.kinds.get(i), SentenceModel.cosine(question, this.vectors.get(i)), Math::max);
		}
		return closest;
	}

	private static List<String> lines() {
		try (InputStream in = DeclineMeaning.class.getResourceAsStream("/tutor/declines.txt");
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
