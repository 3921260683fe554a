package org.lessontool.content;

import java.util.regex.Pattern;

/**
 * Folds typography so that text authored with straight quotes matches text pasted with
 * curly ones, and so on: quotes, dashes, ellipses, non-breaking spaces and runs of white
 * space.
 */
public final class Typography {

	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

	private Typography() {
	}

	public static String normalize(String text) {
		String folded = text.replace('\u2018', '\'')
			.replace('\u2019', '\'')
			.replace('\u201C', '"')
			.replace('\u201D', '"')
			.replace('\u2013', '-')
			.replace('\u2014', '-')
			.replace("\u2026", "...");
		return WHITESPACE.matcher(folded).replaceAll(" ").strip();
	}

}
