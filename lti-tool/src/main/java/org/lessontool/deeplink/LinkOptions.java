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
 */
record LinkOptions(String title, int maxAttempts, String gradePolicy) {

	static final int TITLE_LIMIT = 200;

	static final int ATTEMPTS_LIMIT = 20;

	/**
	 * @throws IllegalArgumentException with a message for the teacher when a field is out
	 * of range
	 */
	static LinkOptions read(String title, String maxAttempts, String gradePolicy) {
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
		return new LinkOptions(cleanTitle, attempts, gradePolicy);
	}

	/** C-36: custom values are strings. */
	Map<String, String> custom() {
		Map<String, String> custom = new LinkedHashMap<>();
		custom.put("lesson", "964");
		custom.put("max_attempts", Integer.toString(this.maxAttempts));
		custom.put("grade_policy", this.gradePolicy);
		return custom;
	}

}
