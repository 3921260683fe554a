package org.lessontool.tutor;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.lessontool.content.KeyTerm;
import org.lessontool.content.LessonContent;

/**
 * The lesson's words as the tutor reads a question with them: its key terms, the words
 * that name its subjects, and whether a question is mostly made of them.
 */
final class LessonWords {

	/** Share of the question's meaningful words the lesson must use. */
	static final double MIN_COVERAGE = 0.5;

	private static final Pattern NAME = Pattern.compile("(?<![.!?:]\\s)(?<=\\s)\\p{Lu}[\\p{L}\\p{N}-]*");

	private final TutorIndex index;

	/** Each key term by the tokens of its spellings. */
	private final Map<List<String>, String> termsByTokens = new LinkedHashMap<>();

	/**
	 * Words that name the lesson's subjects: its key terms, its vocabulary and the names
	 * it mentions (NotebookLM, Stable Diffusion).
	 */
	private final Set<String> anchors = new HashSet<>();

	/**
	 * The tokens of the lesson's key terms: what a question is about, not how it asks.
	 */
	private final Set<String> subjects = new HashSet<>();

	LessonWords(LessonContent content, TutorIndex index) {
		this.index = index;
		for (KeyTerm term : content.keyTerms()) {
			List<String> spellings = new ArrayList<>(term.matches());
			spellings.add(term.term().replaceAll("\\(.*\\)", ""));
			for (String spelling : spellings) {
				List<String> tokens = index.tokens(spelling);
				if (!tokens.isEmpty()) {
					this.termsByTokens.putIfAbsent(tokens, term.id());
				}
			}
		}
		this.termsByTokens.keySet().forEach(this.anchors::addAll);
		this.termsByTokens.keySet().forEach(this.subjects::addAll);
		TutorAnalyzer.VOCABULARY.keySet().forEach((canonical) -> this.anchors.addAll(index.tokens(canonical)));
		index.passages().forEach((passage) -> this.anchors.addAll(index.tokens(names(passage.text()))));
	}

	Set<String> subjects() {
		return this.subjects;
	}

	/**
	 * Whether the question is made of the lesson's words: most of them are the lesson's
	 * and one names a subject of it, or every word (two at least) is the lesson's.
	 */
	boolean cover(List<String> tokens) {
		long known = tokens.stream().filter(this.index::knows).count();
		boolean anchored = tokens.stream().anyMatch(this.anchors::contains);
		return anchored && (double) known / tokens.size() >= MIN_COVERAGE
				|| known == tokens.size() && tokens.size() >= 2;
	}

	/**
	 * The one key term the question names; none when it names several (a comparison is
	 * better answered by the passages that compare).
	 */
	Optional<String> namedTerm(List<String> tokens) {
		List<List<String>> found = new ArrayList<>();
		for (List<String> spelling : this.termsByTokens.keySet()) {
			if (Collections.indexOfSubList(tokens, spelling) >= 0) {
				found.add(spelling);
			}
		}
		// "few-shot prompting" names few-shot prompting, not prompting as well
		List<String> terms = found.stream()
			.filter((spelling) -> found.stream()
				.noneMatch(
						(other) -> other.size() > spelling.size() && Collections.indexOfSubList(other, spelling) >= 0))
			.map(this.termsByTokens::get)
			.distinct()
			.toList();
		return (terms.size() == 1) ? Optional.of(terms.get(0)) : Optional.empty();
	}

	/** Whether the question is nothing but key terms ("inference cost?"). */
	boolean onlyTerms(List<String> tokens) {
		return this.termsByTokens.keySet().stream().anyMatch(tokens::equals);
	}

	/** Capitalised words that do not start a sentence: the names a text mentions. */
	static String names(String text) {
		Matcher matcher = NAME.matcher(text);
		StringBuilder names = new StringBuilder();
		while (matcher.find()) {
			names.append(matcher.group()).append(' ');
		}
		return names.toString();
	}

}
