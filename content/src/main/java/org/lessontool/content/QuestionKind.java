package org.lessontool.content;

import com.fasterxml.jackson.annotation.JsonProperty;

/** What a question asks of the student. */
public enum QuestionKind {

	/** A fact as the lesson words it. */
	@JsonProperty("recall")
	RECALL,

	/** The reason or meaning behind a statement. */
	@JsonProperty("understanding")
	UNDERSTANDING,

	/** A new case, decided by the lesson's rules. */
	@JsonProperty("application")
	APPLICATION

}
