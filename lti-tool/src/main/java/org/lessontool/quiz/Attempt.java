package org.lessontool.quiz;

import org.jspecify.annotations.Nullable;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.Set;

import org.lessontool.content.QuizLayout;

/**
 * One attempt at the quiz.
 *
 * @param id random attempt id
 * @param scopeKey where the attempt belongs (platform, deployment, course or link)
 * @param platformId the platform
 * @param subject the student's {@code sub}
 * @param resourceLinkId the activity
 * @param number 1 for the first attempt, and so on
 * @param status open until submitted
 * @param testUser whether a test student (Canvas Student View) took it
 * @param answers the chosen choice ids by question id, once submitted
 * @param score the number of correct answers, once submitted
 * @param maxScore the number of questions
 * @param startedAt when the attempt was opened
 * @param submittedAt when it was submitted
 * @param layout the questions it asks and the order of their choices
 */
public record Attempt(String id, String scopeKey, String platformId, String subject, String resourceLinkId, int number,
		Status status, boolean testUser, Map<String, Set<String>> answers, @Nullable Integer score, int maxScore,
		OffsetDateTime startedAt, @Nullable OffsetDateTime submittedAt, QuizLayout layout) {

	public Attempt {
		layout = (layout != null) ? layout : QuizLayout.NONE;
	}

	/** The ids of the questions this attempt asks, in order. */
	public java.util.List<String> asked() {
		return this.layout.items().stream().map(QuizLayout.Item::question).toList();
	}

	/** Where an attempt is in its life. */
	public enum Status {

		OPEN, SUBMITTED

	}

}
