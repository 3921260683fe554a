package org.lessontool.dashboard;

import org.jspecify.annotations.Nullable;
import java.time.OffsetDateTime;

import org.lessontool.grading.ClassDeliveries;

/**
 * One student in the class table.
 *
 * @param subject the student's LTI user id
 * @param label the name, or a stable anonymous label when the platform shares no name
 * @param email the email, when the platform shares it
 * @param membership active, inactive, deleted, or not in the roster
 * @param stage not started, reading or submitted
 * @param sectionsRead sections read
 * @param attempts attempts submitted
 * @param bestScore best submitted score, if any
 * @param latestScore latest submitted score, if any
 * @param lastActivity the latest launch, reading or submission
 * @param delivery the grade delivery, if a score was sent
 */
record ClassRow(String subject, String label, @Nullable String email, Membership membership, Stage stage,
		int sectionsRead, int attempts, @Nullable Integer bestScore, @Nullable Integer latestScore,
		@Nullable OffsetDateTime lastActivity, ClassDeliveries.@Nullable Status delivery) {

	/** Where the student stands in the course roster (lti-checklist N-04). */
	enum Membership {

		ACTIVE("Active"), INACTIVE("Inactive"), DELETED("Left the course"), NOT_IN_ROSTER("Not in the roster"),
		UNKNOWN("");

		private final String text;

		Membership(String text) {
			this.text = text;
		}

		public String text() {
			return this.text;
		}

	}

	/** How far the student has come. */
	enum Stage {

		NOT_STARTED, READING, SUBMITTED

	}

	public String progress(int sections) {
		return switch (this.stage) {
			case NOT_STARTED -> "Not started";
			case READING -> "Reading, " + this.sectionsRead + " of " + sections + " sections";
			case SUBMITTED -> "Submitted";
		};
	}

	public String deliveryText() {
		if (this.delivery == null) {
			return "";
		}
		return switch (this.delivery.status()) {
			case "DELIVERED" -> "Delivered";
			case "PENDING", "SENDING" -> "Waiting for the LMS";
			case "FAILED" -> "Not delivered";
			case "KEPT_BEST" -> "Best score kept";
			case "NOT_GRADED" -> "Not graded";
			default -> this.delivery.status();
		};
	}

	/** Inactive members are shown, but not counted as missing work (N-04). */
	public boolean counted() {
		return this.membership != Membership.INACTIVE && this.membership != Membership.DELETED;
	}

}
