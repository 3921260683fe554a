package org.lessontool.quiz;

import java.util.Map;

/**
 * How many attempts a student gets and which score counts, from the resource link's
 * custom parameters {@code max_attempts} and {@code grade_policy} (lti-checklist C-36:
 * strings, and an unexpanded {@code $Variable} means the platform did not fill it in).
 *
 * @param maxAttempts the most attempts allowed, 0 for unlimited
 * @param gradePolicy which attempt's score the gradebook keeps
 */
public record QuizPolicy(int maxAttempts, GradePolicy gradePolicy) {

	static QuizPolicy from(Map<String, String> custom) {
		int max = 0;
		String attempts = custom.get("max_attempts");
		if (attempts != null && attempts.strip().matches("\\d{1,4}")) {
			max = Integer.parseInt(attempts.strip());
		}
		GradePolicy policy = "latest".equalsIgnoreCase(String.valueOf(custom.get("grade_policy")).strip())
				? GradePolicy.LATEST : GradePolicy.BEST;
		return new QuizPolicy(max, policy);
	}

	boolean allowsAnother(int taken) {
		return this.maxAttempts == 0 || taken < this.maxAttempts;
	}

	/** Which score the gradebook keeps when a student takes the quiz more than once. */
	public enum GradePolicy {

		BEST, LATEST

	}

}
