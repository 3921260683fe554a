package org.lessontool.tutor;

import java.util.regex.Pattern;

/**
 * Issue 17: what a question asks for, and the passages that give it. A "when" question is
 * answered by the sentence that says when, not by the one that shares most of its words.
 */
enum Intent {

	COST("\\b(cost|costs|price|pricey|expensive|cheap|cheaper|money|pay|afford|charge|how much does)\\b",
			"\\$|\\bcosts?\\b|\\bexpensive\\b|\\bcheap\\b|\\bmoney\\b|\\bfree\\b|\\bpaid\\b"),

	USE("\\b(good for|good at|used for|useful for|use cases?|worth|kind of \\w+ (is|are|should))\\b",
			"\\bshines\\b|\\bcommon for\\b|\\bused for\\b|\\bfor:"),

	WHEN("^\\W*(when|whens)\\b|\\bwhen (should|do|does|is|would|to|will|can)\\b|\\b(right call|should|shud|need|needed)\\b",
			"\\bonly when\\b|\\bshines\\b|\\bdon't need\\b|\\brarely needed\\b|\\bwins\\b|\\bif you\\b"),

	COMPARE("\\b(vs|versus|or|instead|than|compare|better|diff|dif+e?re?n(ce|t))\\b",
			"\\bvs\\.?\\b|\\b(either|or|instead|than)\\b"),

	WHY("\\b(why|y|how come)\\b", "\\b(why|because|so|that's how|that's why)\\b"),

	WHAT("^\\W*(what|wat|wut|whats|wats|what's|what is|explain|define|meaning of)\\b|\\bstand for\\b|\\bmean\\b",
			"^[^.,:]{0,40}\\b(is|are|means?)\\b|^[^:]{1,60}:"),

	OTHER("$^", "$^");

	private final Pattern asked;

	private final Pattern answered;

	Intent(String asked, String answered) {
		this.asked = Pattern.compile(asked, Pattern.CASE_INSENSITIVE);
		this.answered = Pattern.compile(answered, Pattern.CASE_INSENSITIVE);
	}

	/** The first intent the question shows, in the order above (cost beats what). */
	static Intent of(String question) {
		for (Intent intent : values()) {
			if (intent.asked.matcher(question).find()) {
				return intent;
			}
		}
		return OTHER;
	}

	boolean answeredBy(Passage passage) {
		return this.answered.matcher(passage.text()).find();
	}

}
