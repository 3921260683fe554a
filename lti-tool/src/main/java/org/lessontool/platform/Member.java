package org.lessontool.platform;

import org.jspecify.annotations.Nullable;
import java.util.List;

/**
 * One member of a course as the Names and Role Provisioning Service reports it
 * (lti-checklist N-03, N-04). Name and email are null when the platform's privacy
 * settings keep them back.
 *
 * @param userId the member's {@code user_id}, equal to the launch {@code sub}
 * @param roles the member's roles
 * @param status Active, Inactive or Deleted
 * @param name the display name, if shared
 * @param email the email, if shared
 */
public record Member(String userId, List<String> roles, Status status, @Nullable String name, @Nullable String email) {

	/** N-04: a missing status means Active. */
	public enum Status {

		ACTIVE, INACTIVE, DELETED;

		static Status of(@Nullable String text) {
			if ("Inactive".equalsIgnoreCase(text)) {
				return INACTIVE;
			}
			return "Deleted".equalsIgnoreCase(text) ? DELETED : ACTIVE;
		}

	}

	/**
	 * Whether the member studies in the course: a Learner context role (short or full
	 * name).
	 */
	public boolean learner() {
		return this.roles.stream()
			.anyMatch((role) -> role.equals("Learner") || role.endsWith("membership#Learner")
					|| role.contains("membership/Learner#"));
	}

}
