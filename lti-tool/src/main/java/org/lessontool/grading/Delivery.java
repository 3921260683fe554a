package org.lessontool.grading;

import java.time.OffsetDateTime;
import java.util.List;

import org.lessontool.platform.Score;

/**
 * One score on its way to the LMS.
 *
 * @param id queue id, in submission order
 * @param attemptId the attempt it grades
 * @param platformId the platform
 * @param scopeKey the launch scope
 * @param subject the student's {@code sub}
 * @param resourceLinkId the activity
 * @param lineItemsUrl the AGS line items URL, if the launch had one
 * @param lineItemUrl the AGS line item URL, if the launch had one
 * @param scopes the AGS scopes of the launch
 * @param label the column label, for a line item the tool creates
 * @param scoreGiven correct answers; absent for a start
 * @param scoreMaximum questions
 * @param activityProgress AGS activityProgress: Started or Completed
 * @param gradingProgress AGS gradingProgress: NotReady or FullyGraded
 * @param scoreTimestamp the score's timestamp, strictly increasing per student and link
 * @param startedAt when the attempt began
 * @param submittedAt when it was submitted
 * @param status where it is
 * @param attempts how many sends were tried
 * @param lastError the last failure, for the teacher
 */
record Delivery(long id, String attemptId, String platformId, String scopeKey, String subject, String resourceLinkId,
		String lineItemsUrl, String lineItemUrl, List<String> scopes, String label, Integer scoreGiven,
		int scoreMaximum, String activityProgress, String gradingProgress, OffsetDateTime scoreTimestamp,
		OffsetDateTime startedAt, OffsetDateTime submittedAt, Status status, int attempts, String lastError) {

	StudentLink studentLink() {
		return new StudentLink(this.platformId, this.scopeKey, this.subject, this.resourceLinkId);
	}

	Delivery at(OffsetDateTime timestamp) {
		return new Delivery(this.id, this.attemptId, this.platformId, this.scopeKey, this.subject, this.resourceLinkId,
				this.lineItemsUrl, this.lineItemUrl, this.scopes, this.label, this.scoreGiven, this.scoreMaximum,
				this.activityProgress, this.gradingProgress, timestamp, this.startedAt, this.submittedAt, this.status,
				this.attempts, this.lastError);
	}

	/**
	 * a finished quiz is Completed and FullyGraded with the number
	 * right out of 15; a start is Started and NotReady with no score, so it never sets or
	 * clears a grade.
	 */
	Score score() {
		if (this.scoreGiven == null) {
			return new Score(this.subject, null, null, this.activityProgress, this.gradingProgress,
					Score.format(this.scoreTimestamp), new Score.Submission(Score.format(this.startedAt), null));
		}
		return new Score(this.subject, this.scoreGiven, this.scoreMaximum, this.activityProgress, this.gradingProgress,
				Score.format(this.scoreTimestamp),
				new Score.Submission(Score.format(this.startedAt), Score.format(this.submittedAt)));
	}

	/** A delivery's life. */
	enum Status {

		/** Waiting to be sent, or to be retried. */
		PENDING,

		/** Held by one replica while it sends. */
		SENDING,

		/** The LMS took it. */
		DELIVERED,

		/** The LMS refused it for good; lastError says why. */
		FAILED,

		/** A newer score for the same student and link replaced it before it was sent. */
		SUPERSEDED,

		/** Not sent: an earlier attempt scored as well or better (best-score policy). */
		KEPT_BEST,

		/** Not sent: a teacher's or mentor's attempt. */
		NOT_GRADED

	}

}
