package org.lessontool.content;

import java.util.List;

/**
 * The contents of {@code key-terms.yaml}.
 *
 * @param terms the glossary, in display order
 */
public record KeyTerms(List<KeyTerm> terms) {

	public KeyTerms {
		terms = Lists.copy(terms);
	}

}
