package org.lessontool.content;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How a question is answered. */
public enum QuestionType {

	/** Exactly one choice is right. */
	@JsonProperty("single")
	SINGLE,

	/** One or more choices are right; the student picks all of them. */
	@JsonProperty("multiple")
	MULTIPLE,

	/** Two choices, True and False, one of them right. */
	@JsonProperty("true-false")
	TRUE_FALSE;

	/** Whether exactly one choice must be correct. */
	public boolean singleAnswer() {
		return this != MULTIPLE;
	}

}
