package org.lessontool.quiz;

import org.jspecify.annotations.Nullable;
import java.util.Map;

/**
 * How many attempts a student gets, which score counts and when the correct choices show,
 * from the resource link's custom parameters {@code max_attempts}, {@code grade_policy}
 * and {@code show_answers} (lti-checklist C-36: strings, and an unexpanded
 * {@code $Variable} means the platform did not fill it in).
 *
 * @param maxAttempts the most attempts allowed, 0 for unlimited
 * @param gradePolicy which attempt's score the gradebook keeps
 * @param showAnswers when a result page shows the correct choices
 */
public record QuizPolicy(int maxAttempts, GradePolicy gradePolicy, ShowAnswers showAnswers) {

	static QuizPolicy from(Map<String, String> custom) {
		int max = 0;
		String attempts = custom.get("max_attempts");
		if (attempts != null && attempts.strip().matches("\\d{1,4}")) {
			max = Integer.parseInt(attempts.strip());
		}
		GradePolicy policy = "latest".equalsIgnoreCase(String.valueOf(custom.get("grade_policy")).strip())
				? GradePolicy.LATEST : GradePolicy.BEST;
		return new QuizPolicy(max, policy, ShowAnswers.from(custom.get("show_answers")));
	}

	/**
	 * Whether the result of a student's {@code taken}-th attempt shows the correct
	 * choices: while attempts remain, showing them would hand over the next score.
	 */
	boolean showsAnswers(int taken) {
		return switch (this.showAnswers) {
			case AFTER_EACH -> true;
			case AFTER_LAST -> !allowsAnother(taken);
			case NEVER -> false;
		};
	}

	boolean allowsAnother(int taken) {
		return this.maxAttempts == 0 || taken < this.maxAttempts;
	}

	/** When the correct choices appear on a result page. */
	public enum ShowAnswers {

		AFTER_EACH, AFTER_LAST, NEVER;

		static ShowAnswers from(@Nullable String value) {
			String text = String.valueOf(value).strip().toLowerCase(java.util.Locale.ROOT);
			return switch (text) {
				case "after_each" -> AFTER_EACH;
				case "never" -> NEVER;
				default -> AFTER_LAST;
			};
		}

	}

	/** Which score the gradebook keeps when a student takes the quiz more than once. */
	public enum GradePolicy {

		BEST, LATEST

	}

}
