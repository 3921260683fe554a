package org.lessontool.content;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Splits a section's texts into spans, marking the first use of each key term in the
 * section so a page can link it to the glossary without cluttering every repeat.
 */
public final class TermMarker {

	private final TermMatcher matcher;

	public TermMarker(List<KeyTerm> terms) {
		this.matcher = new TermMatcher(terms);
	}

	/**
	 * Marks the texts of one section, in reading order.
	 * @param texts the section's texts
	 * @return for each text, its spans; joined, they give the text back unchanged
	 */
	public List<List<Span>> markSection(List<String> texts) {
		Set<String> marked = new HashSet<>();
		List<List<Span>> result = new ArrayList<>();
		for (String text : texts) {
			result.add(mark(text, marked));
		}
		return result;
	}

	private List<Span> mark(String text, Set<String> marked) {
		List<Span> spans = new ArrayList<>();
		int at = 0;
		for (TermMatcher.Match match : this.matcher.find(text)) {
			if (!marked.add(match.termId())) {
				continue;
			}
			if (match.start() > at) {
				spans.add(new Span(text.substring(at, match.start()), null));
			}
			spans.add(new Span(text.substring(match.start(), match.end()), match.termId()));
			at = match.end();
		}
		if (at < text.length()) {
			spans.add(new Span(text.substring(at), null));
		}
		return spans;
	}

	/**
	 * A run of text, marked with a key term's id or not.
	 *
	 * @param text the run of text
	 * @param termId the key term it names, or {@code null} for plain text
	 */
	public record Span(String text, String termId) {

		public boolean isTerm() {
			return this.termId != null;
		}

	}

}
