package org.lessontool.content;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * A part of a section after its big idea: a list of examples, a how-to list, or a try-it.
 *
 * @param type what kind of block this is
 * @param heading the block heading as the lesson words it
 * @param items the list entries, for list blocks
 * @param text the body, for a try-it
 */
public record Block(Type type, String heading, List<String> items, String text) {

	public Block {
		items = Lists.copy(items);
	}

	/** The kinds of block a section may hold. */
	public enum Type {

		@JsonProperty("examples")
		EXAMPLES,

		@JsonProperty("how-to")
		HOW_TO,

		@JsonProperty("try-it")
		TRY_IT

	}

}
