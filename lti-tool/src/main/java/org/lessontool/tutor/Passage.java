package org.lessontool.tutor;

import org.jspecify.annotations.Nullable;
import java.util.List;

/**
 * A piece of the lesson the tutor can quote: a sentence, an example, a try-it or a key
 * term's definition.
 *
 * @param id its position in the lesson, for the index
 * @param kind what it is
 * @param text the lesson's own words
 * @param sectionId the section it links to
 * @param sectionTitle that section's label and heading
 * @param sections every section it belongs to (a key term can be used in several)
 * @param anchor the page anchor of the link: the section, or the term in the glossary
 * @param termId the key term it defines, for a definition
 */
record Passage(int id, Kind kind, String text, String sectionId, String sectionTitle, List<String> sections,
		String anchor, @Nullable String termId) {

	/** The kinds of passage. */
	enum Kind {

		SENTENCE, EXAMPLE, TRY_IT, DEFINITION

	}

}
