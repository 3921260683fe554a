package org.lessontool.tutor;

/** Why the tutor did not answer from the lesson, and what it says instead. */
enum Decline {

	EMPTY("Ask me something about the lesson — for example:"),

	TOO_LONG("That's a long one! Please ask in " + LengthRule.LIMIT + " characters or fewer. You could try:"),

	INSTRUCTIONS("I stick to answering from this lesson, so I can't do that. You could ask:"),

	HOMEWORK("I can't write that for you, but I can help you understand the lesson. Try asking:"),

	OFF_TOPIC("I can only help with this lesson, and it doesn't cover that. Here are questions I can answer:");

	private final String message;

	Decline(String message) {
		this.message = message;
	}

	String message() {
		return this.message;
	}

}
