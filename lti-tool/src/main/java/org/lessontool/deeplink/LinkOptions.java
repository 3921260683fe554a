package org.lessontool.deeplink;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the teacher chose in the picker, checked before anything is signed. The options
 * travel as the link's custom parameters, which the quiz reads on every later launch
 * (D-09).
 *
 * @param title the activity title
 * @param maxAttempts the most attempts, 0 for unlimited
 * @param gradePolicy {@code best} or {@code latest}
 * @param showAnswers when results show the correct choices: {@code after_each},
 * {@code after_last} or {@code never}
 */
record LinkOptions(String title, int maxAttempts, String gradePolicy, String showAnswers) {

	static final java.util.List<String> SHOW_ANSWERS = java.util.List.of("after_last", "after_each", "never");

	static final int TITLE_LIMIT = 200;

	static final int ATTEMPTS_LIMIT = 20;

	/**
	 * @throws IllegalArgumentException with a message for the teacher when a field is out
	 * of range
	 */
	static LinkOptions read(String title, String maxAttempts, String gradePolicy, String showAnswers) {
		String cleanTitle = (title != null) ? title.strip() : "";
		if (cleanTitle.isEmpty() || cleanTitle.length() > TITLE_LIMIT) {
			throw new IllegalArgumentException("The title must have 1 to " + TITLE_LIMIT + " characters.");
		}
		int attempts;
		try {
			attempts = Integer.parseInt((maxAttempts != null) ? maxAttempts.strip() : "");
		}
		catch (NumberFormatException ex) {
			attempts = -1;
		}
		if (attempts < 0 || attempts > ATTEMPTS_LIMIT) {
			throw new IllegalArgumentException(
					"Maximum attempts must be a whole number from 0 (unlimited) to " + ATTEMPTS_LIMIT + ".");
		}
		if (!"best".equals(gradePolicy) && !"latest".equals(gradePolicy)) {
			throw new IllegalArgumentException("The grade policy must be best or latest.");
		}
		String shown = (showAnswers != null) ? showAnswers : SHOW_ANSWERS.get(0);
		if (!SHOW_ANSWERS.contains(shown)) {
			throw new IllegalArgumentException("When to show the answers must be after_last, after_each or never.");
		}
		return new LinkOptions(cleanTitle, attempts, gradePolicy, shown);
	}

	/** C-36: custom values are strings. */
	Map<String, String> custom() {
		Map<String, String> custom = new LinkedHashMap<>();
		custom.put("lesson", "964");
		custom.put("max_attempts", Integer.toString(this.maxAttempts));
		custom.put("grade_policy", this.gradePolicy);
		custom.put("show_answers", this.showAnswers);
		return custom;
	}

}
