package org.lessontool.quiz;

/**
 * What became of an attempt's grade, in words for the student.
 *
 * @param state where the grade is
 * @param detail the platform's reason, when it refused the grade
 */
public record GradeReport(State state, String detail) {

	/** Where a grade is on its way to the LMS gradebook. */
	public enum State {

		/** The LMS took it. */
		SENT,

		/** Queued or being retried while the LMS is unreachable. */
		WAITING,

		/** The LMS refused it; the teacher can see why. */
		NOT_SENT,

		/**
		 * Not sent, because a better earlier score stays in the gradebook (best-score
		 * policy).
		 */
		KEPT_BEST,

		/** Not sent: a later attempt's score went to the gradebook instead. */
		REPLACED,

		/** Not sent: teachers' and mentors' attempts do not go to the gradebook. */
		NOT_GRADED

	}

}
