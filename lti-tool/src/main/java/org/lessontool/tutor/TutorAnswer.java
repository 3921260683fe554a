package org.lessontool.tutor;

import org.jspecify.annotations.Nullable;
import java.util.List;

/**
 * What the tutor says: one to three of the lesson's passages in a short frame, or a kind
 * refusal with questions it can answer.
 *
 * @param question the question as asked
 * @param intro the friendly frame, or the reason for declining
 * @param passages the lesson's passages, best first; empty when declined
 * @param decline why the tutor declined, or null when it answered
 * @param suggestions questions it can answer, when it declined
 */
record TutorAnswer(String question, String intro, List<Passage> passages, @Nullable Decline decline,
		List<String> suggestions) {

	boolean declined() {
		return this.decline != null;
	}

	/** "answered", or why it was declined, as the JSON answer and the metric name it. */
	String outcome() {
		Decline reason = this.decline;
		return (reason != null) ? reason.name().toLowerCase(java.util.Locale.ROOT) : "answered";
	}

}
