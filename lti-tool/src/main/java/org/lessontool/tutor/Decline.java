package org.lessontool.tutor;

/** Why the tutor did not answer from the lesson, and what it says instead. */
enum Decline {

	EMPTY("Ask me something about the lesson — for example:"),

	TOO_LONG("That's a long one! Please ask in " + LengthRule.LIMIT + " characters or fewer. You could try:"),

	INSTRUCTIONS("I stick to answering from this lesson, so I can't do that. You could ask:"),

	HOMEWORK("I can't write that for you, but I can help you understand the lesson. Try asking:"),

	OFF_TOPIC("I can only help with this lesson, and it doesn't cover that. Here are questions I can answer:"),

	/**
	 * Issue 17: no lesson questions are offered here; the pointer to people who can help
	 * is the whole answer.
	 */
	SELF_HARM("I'm really sorry you're feeling this way, and I'm glad you said something. I'm only a lesson helper, "
			+ "so please talk to someone who can help right now: a trusted adult like a parent, teacher or school "
			+ "counselor, or your local crisis or help line. If you might be in danger, call your local emergency "
			+ "number. You matter."),

	SAFETY_SEXUAL("I can't help with anything sexual. I'm here for this lesson — you could ask:"),

	SAFETY_REAL_PERSON("I can't help make an AI copy of a real person from their photos, voice or messages: "
			+ "they haven't agreed to it, and it can hurt them. You could ask:"),

	SAFETY_PRIVATE_DATA("I can't help put other people's medical or private information into an AI: "
			+ "it's theirs, and using it without their permission isn't okay. You could ask:");

	private final String message;

	Decline(String message) {
		this.message = message;
	}

	String message() {
		return this.message;
	}

	/**
	 * Whether the question joins the teacher's list of what the class asked. A list that
	 * may be shown on a projector is no place for a student's words about hurting
	 * themselves or anything sexual; they are counted in the metrics only.
	 */
	boolean shownToTeacher() {
		return this != EMPTY && this != SELF_HARM && this != SAFETY_SEXUAL;
	}

}
