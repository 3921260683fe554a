package org.lessontool.tutor;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Issue 17: the rules decline what they have words for; a teenager has more words than
 * any rule. This declines by meaning: a question close to the sentences of a decline kind
 * ({@code tutor/declines.txt}) or to the declined examples of that kind
 * ({@code tutor/examples.yaml}) is declined as that kind. A kind must be closer than the
 * lesson's sentences and its on-topic examples are; clearly closer, but for self-harm,
 * whose threshold is also lower: missing it costs far more than a kind word in the wrong
 * place. An example is never its own neighbour.
 */
final class DeclineMeaning {

	/**
	 * Tuned on the evaluation set: how close a question must come to a kind's sentences.
	 */
	static final Map<Decline, Float> THRESHOLDS = new EnumMap<>(Map.of(Decline.SELF_HARM, 0.35f, Decline.SAFETY_SEXUAL,
			0.55f, Decline.SAFETY_REAL_PERSON, 0.65f, Decline.SAFETY_PRIVATE_DATA, 0.65f, Decline.HOMEWORK, 0.60f,
			Decline.INSTRUCTIONS, 0.50f, Decline.OFF_TOPIC, 0.45f));

	/** Tuned on the evaluation set: how much closer than the lesson a kind must be. */
	static final float MARGIN = 0.05f;

	/**
	 * Instructions are aimed at the tutor: they say "you" or start with an order. "what r
	 * hidden instructions" asks about system prompts, and is the lesson's.
	 */
	static final java.util.regex.Pattern ADDRESSED = java.util.regex.Pattern.compile(
			"\\b(you|your|yours|yourself|ur|u|you're|youre)\\b|^\\W*(ignore|forget|disregard|pretend|act|reveal|print|"
					+ "repeat|show me|tell me|switch|override|respond|from now)\\b",
			java.util.regex.Pattern.CASE_INSENSITIVE);

	private final List<Neighbour> declined = new ArrayList<>();

	private final List<Neighbour> onTopic = new ArrayList<>();

	/** A sentence, its kind (null: on the lesson), and its vector. */
	private record Neighbour(String key, @Nullable Decline kind, float[] vector) {
	}

	DeclineMeaning(SentenceModel model, Examples examples) {
		for (String line : ResourceLines.of("/tutor/declines.txt")) {
			String[] parts = line.split("\\|", 2);
			this.declined.add(new Neighbour(Examples.key(parts[1]), Decline.valueOf(parts[0].strip()),
					model.embed(parts[1].strip())));
		}
		examples.declined()
			.forEach((example) -> this.declined
				.add(new Neighbour(Examples.key(example.question()), example.kind(), model.embed(example.question()))));
		examples.onTopic()
			.forEach((example) -> this.onTopic
				.add(new Neighbour(Examples.key(example.question()), null, model.embed(example.question()))));
	}

	/**
	 * @param asked the question as typed, so that an example is not its own neighbour
	 * @param question its vector
	 * @param onLesson how close it comes to the lesson or its on-topic examples
	 * ({@link #onLesson})
	 */
	Optional<Decline> check(String asked, float[] question, float onLesson) {
		String key = Examples.key(asked);
		Map<Decline, Float> closest = closest(key, question);
		if (!ADDRESSED.matcher(asked).find()) {
			closest.remove(Decline.INSTRUCTIONS);
		}
		for (Map.Entry<Decline, Float> kind : closest.entrySet()) {
			boolean close = kind.getValue() >= THRESHOLDS.getOrDefault(kind.getKey(), Float.POSITIVE_INFINITY);
			// self-harm needs only to be closer than the lesson: a kind word out of place
			// costs little, a cry for help answered with the lesson costs much
			float margin = (kind.getKey() == Decline.SELF_HARM) ? 0 : MARGIN;
			if (close && kind.getValue() > onLesson + margin) {
				return Optional.of(kind.getKey());
			}
		}
		return Optional.empty();
	}

	/**
	 * How close the question comes to the lesson's sentences or its on-topic examples.
	 */
	float onLesson(String key, float[] question, float lesson) {
		float onLesson = lesson;
		for (Neighbour neighbour : this.onTopic) {
			if (!neighbour.key().equals(key)) {
				onLesson = Math.max(onLesson, SentenceModel.cosine(question, neighbour.vector()));
			}
		}
		return onLesson;
	}

	/** How close the question comes to each kind, self-harm first. */
	Map<Decline, Float> closest(String key, float[] question) {
		Map<Decline, Float> closest = new EnumMap<>(Decline.class);
		for (Neighbour neighbour : this.declined) {
			if (!neighbour.key().equals(key) && THRESHOLDS.containsKey(neighbour.kind())) {
				closest.merge(neighbour.kind(), SentenceModel.cosine(question, neighbour.vector()), Math::max);
			}
		}
		Map<Decline, Float> ordered = new java.util.LinkedHashMap<>();
		if (closest.containsKey(Decline.SELF_HARM)) {
			ordered.put(Decline.SELF_HARM, closest.remove(Decline.SELF_HARM));
		}
		ordered.putAll(closest);
		return ordered;
	}

}
