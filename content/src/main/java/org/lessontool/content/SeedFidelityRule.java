package org.lessontool.content;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Every sentence of the lesson page as the author gave it (the seed) appears in the
 * lesson content, typography folded. Lines the caller names as not part of the lesson
 * body are skipped.
 */
public final class SeedFidelityRule implements ContentRule {

	private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+");

	private static final Pattern LIST_MARKER = Pattern.compile("^-\\s*(\\d+(?=\\D))?");

	private final List<String> sentences;

	/**
	 * @param seed the seed page's text, one block of text per line
	 * @param notBody lines of the seed that belong to the page's frame, not to the lesson
	 */
	public SeedFidelityRule(String seed, Set<String> notBody) {
		this.sentences = sentences(seed, notBody);
	}

	/** The seed's body sentences, typography folded, in order. */
	public List<String> sentences() {
		return this.sentences;
	}

	@Override
	public List<ContentProblem> check(LessonContent content) {
		String text = Typography.normalize(String.join("\n", content.lesson().pageTexts()));
		List<ContentProblem> problems = new ArrayList<>();
		for (String sentence : this.sentences) {
			if (!text.contains(sentence)) {
				problems.add(new ContentProblem(LessonFiles.LESSON, "(seed)",
						"the seed sentence \"" + sentence + "\" is not in the lesson"));
			}
		}
		return problems;
	}

	private static List<String> sentences(String seed, Set<String> notBody) {
		List<String> sentences = new ArrayList<>();
		for (String line : seed.split("\\R")) {
			String trimmed = line.strip();
			if (trimmed.isEmpty() || notBody.contains(trimmed)) {
				continue;
			}
			String body = LIST_MARKER.matcher(trimmed).replaceFirst("");
			for (String sentence : SENTENCE_END.split(body)) {
				String normalized = Typography.normalize(sentence);
				if (!normalized.isEmpty()) {
					sentences.add(normalized);
				}
			}
		}
		return List.copyOf(sentences);
	}

}
