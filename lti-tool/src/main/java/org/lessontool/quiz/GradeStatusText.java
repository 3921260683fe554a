package org.lessontool.quiz;

import org.jspecify.annotations.Nullable;

/**
 * What the result page tells a student about their grade, the same words whether the page
 * is rendered or its status is polled (issue 16: the status changes from "sending" to "in
 * your gradebook" without a reload).
 */
final class GradeStatusText {

	private GradeStatusText() {
	}

	/**
	 * @param report what became of the grade, {@code null} if the course collects none
	 */
	static String of(@Nullable GradeReport report) {
		if (report == null) {
			return "This course does not collect grades from this activity, so your score stays here.";
		}
		return switch (report.state()) {
			case SENT -> "Your score is in your gradebook.";
			case WAITING -> (report.detail() == null) ? "Sending your score to your gradebook…"
					: "Your school's LMS has not taken your score yet. It is safe here, and the tool keeps trying.";
			case NOT_SENT ->
				"Your score could not be sent to the gradebook. It is kept here, and your teacher can see why.";
			case KEPT_BEST -> "Your best score so far stays in the gradebook.";
			case REPLACED -> "A later attempt's score went to your gradebook instead of this one.";
			case NOT_GRADED -> "Teachers' and mentors' attempts are not sent to the gradebook.";
		};
	}

	/** Whether the status may still change, so the page asks again. */
	static boolean pending(@Nullable GradeReport report) {
		return report != null && report.state() == GradeReport.State.WAITING;
	}

}
