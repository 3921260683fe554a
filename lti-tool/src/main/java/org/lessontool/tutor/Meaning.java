package org.lessontool.tutor;

import java.util.List;
import java.util.Optional;

/**
 * Issue 17: the tutor's reading of a question by meaning: the passages closest to it, a
 * decline its meaning calls for, and whether it is about the lesson at all.
 */
final class Meaning {

	/**
	 * Tuned on the examples: a question in other words than the lesson's is answered when
	 * a sentence of the lesson is at least this close in meaning.
	 */
	static final float PARAPHRASE_MIN = 0.40f;

	/** No question this far in meaning from every sentence of the lesson is answered. */
	static final float MEANING_MIN = 0.22f;

	/**
	 * Tuned on the examples (leave-one-out): a question is answered only when it comes
	 * about as close to the lesson, or to a question the lesson answers, as students'
	 * questions about it do (all but one of 275 came closer than 0.55).
	 */
	static final float ON_LESSON_MIN = 0.50f;

	/**
	 * Tuned on the examples: a question is about something else only when a subject
	 * elsewhere is clearly closer; "what's a training run" is nearly as close to running
	 * a race as to the lesson.
	 */
	static final float ELSEWHERE_MARGIN = 0.05f;

	private final SentenceModel model;

	private final SemanticIndex passages;

	private final Elsewhere elsewhere;

	private final DeclineMeaning declines;

	/**
	 * What meaning says of a question.
	 *
	 * @param decline a decline its meaning calls for, if any
	 * @param onLesson whether it is about the lesson
	 * @param hits the passages by closeness, best first
	 */
	record Reading(Optional<Decline> decline, boolean onLesson, List<TutorIndex.Hit> hits) {
	}

	Meaning(SentenceModel model, List<Passage> passages) {
		this.model = model;
		this.passages = new SemanticIndex(model, passages);
		this.elsewhere = new Elsewhere(model);
		this.declines = new DeclineMeaning(model, Examples.standard());
	}

	/**
	 * @param question as typed, so an example is never its own neighbour
	 * @param read as the tutor reads it, misspellings corrected
	 * @param worded whether the question is made of the lesson's words
	 */
	Reading read(String question, String read, boolean worded) {
		float[] vector = this.model.embed(read);
		List<TutorIndex.Hit> hits = this.passages.search(vector, 20);
		float closest = this.passages.closest(vector);
		float onLesson = this.declines.onLesson(Examples.key(question), vector, closest);
		Optional<Decline> decline = this.declines.check(question, vector, onLesson);
		if (decline.isPresent()) {
			return new Reading(decline, false, hits);
		}
		// in other words than the lesson's, a question must be close in meaning; in any
		// words, close to the lesson or to questions it answers, and closer to the lesson
		// than to a subject elsewhere ("tune my guitar")
		boolean about = (worded || closest >= PARAPHRASE_MIN) && closest >= MEANING_MIN && onLesson >= ON_LESSON_MIN
				&& closest + ELSEWHERE_MARGIN > this.elsewhere.nearest(vector);
		return new Reading(Optional.empty(), about, hits);
	}

}
