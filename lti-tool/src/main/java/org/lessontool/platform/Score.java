package org.lessontool.platform;

import java.time.OffsetDateTime;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An AGS score (lti-checklist A-16), serialized as the spec names its fields.
 *
 * @param userId the student's {@code sub}
 * @param scoreGiven the number of correct answers, absent for a start
 * @param scoreMaximum the number of questions, with scoreGiven
 * @param activityProgress Started or Completed
 * @param gradingProgress NotReady or FullyGraded
 * @param timestamp when the score changed, millisecond precision with offset
 * @param submission when the attempt was started and submitted
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Score(String userId, Integer scoreGiven, Integer scoreMaximum, String activityProgress,
		String gradingProgress, String timestamp, Submission submission) {

	/**
	 * The submission times of an attempt.
	 *
	 * @param startedAt when the attempt began
	 * @param submittedAt when it was submitted
	 */
	@JsonInclude(JsonInclude.Include.NON_NULL)
	public record Submission(String startedAt, String submittedAt) {
	}

	/**
	 * ISO 8601 with milliseconds and an offset, such as 2026-11-28T10:15:30.123Z.
	 */
	public static String format(OffsetDateTime time) {
		return java.time.format.DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSXXX").format(time);
	}

}
