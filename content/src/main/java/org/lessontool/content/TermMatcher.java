package org.lessontool.content;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Finds key terms in text: whole words only, ignoring case, the longest spelling winning
 * where two overlap ("few-shot prompting" over "prompting").
 */
final class TermMatcher {

	private final Pattern pattern;

	private final Map<String, String> termBySpelling = new LinkedHashMap<>();

	TermMatcher(List<KeyTerm> terms) {
		for (KeyTerm term : terms) {
			for (String spelling : term.matches()) {
				this.termBySpelling.putIfAbsent(spelling.toLowerCase(Locale.ROOT), term.id());
			}
		}
		String alternatives = this.termBySpelling.keySet()
			.stream()
			.sorted(Comparator.comparingInt(String::length).reversed())
			.map(Pattern::quote)
			.collect(Collectors.joining("|"));
		this.pattern = Pattern.compile("(?<![\\w-])(?:" + alternatives + ")(?![\\w-])",
				Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
	}

	List<Match> find(String text) {
		List<Match> matches = new ArrayList<>();
		if (this.termBySpelling.isEmpty()) {
			return matches;
		}
		Matcher matcher = this.pattern.matcher(text);
		while (matcher.find()) {
			String termId = this.termBySpelling.get(matcher.group().toLowerCase(Locale.ROOT));
			matches.add(new Match(matcher.start(), matcher.end(), termId));
		}
		return matches;
	}

	record Match(int start, int end, String termId) {
	}

}
