package org.lessontool.content;

import java.util.List;

/**
 * A term the lesson uses, with a short definition and the sections it appears in.
 *
 * @param id stable identifier, used in glossary anchors
 * @param term the term as the glossary shows it
 * @param matches the spellings that mark the term in the lesson text
 * @param definition one or two sentences for a teenager
 * @param sections ids of the sections where the term appears
 */
public record KeyTerm(String id, String term, List<String> matches, String definition, List<String> sections) {

	public KeyTerm {
		matches = Lists.copy(matches);
		sections = Lists.copy(sections);
	}

}
