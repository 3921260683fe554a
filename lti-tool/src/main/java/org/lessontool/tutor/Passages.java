package org.lessontool.tutor;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.lessontool.content.Block;
import org.lessontool.content.KeyTerm;
import org.lessontool.content.LessonContent;
import org.lessontool.content.Section;

/**
 * Splits the lesson into what the tutor can quote: each sentence of a section's big idea,
 * each example or how-to item, each try-it, and each key term's definition. A section
 * that is only a heading has no passage of its own.
 */
final class Passages {

	private Passages() {
	}

	static List<Passage> of(LessonContent content) {
		List<Passage> passages = new ArrayList<>();
		for (Section section : content.lesson().sections()) {
			if (!section.hasBody()) {
				continue;
			}
			// issue 16: the same name the page, the results and the teacher view give it
			String title = section.label() + ": " + content.lesson().titleOf(section);
			for (String sentence : sentences(section.bigIdea())) {
				add(passages, Passage.Kind.SENTENCE, sentence, section, title);
			}
			for (Block block : section.blocks()) {
				if (block.type() == Block.Type.TRY_IT) {
					add(passages, Passage.Kind.TRY_IT, block.text(), section, title);
				}
				else {
					block.items().forEach((item) -> add(passages, Passage.Kind.EXAMPLE, item, section, title));
				}
			}
		}
		for (KeyTerm term : content.keyTerms()) {
			// a part heading has no body to link to; the first section that reads it does
			Section first = term.sections()
				.stream()
				.map((id) -> content.lesson().section(id).orElseThrow())
				.filter(Section::hasBody)
				.findFirst()
				.orElseThrow();
			passages.add(new Passage(passages.size(), Passage.Kind.DEFINITION, term.term() + ": " + term.definition(),
					first.id(), "Key terms", term.sections(), "term-" + term.id(), term.id()));
		}
		return List.copyOf(passages);
	}

	private static void add(List<Passage> passages, Passage.Kind kind, String text, Section section, String title) {
		passages.add(new Passage(passages.size(), kind, text.strip(), section.id(), title, List.of(section.id()),
				section.id(), null));
	}

	/** Sentences by the JDK's English rules, which keep "$25-100" and "2026," whole. */
	static List<String> sentences(String text) {
		List<String> sentences = new ArrayList<>();
		if (text == null || text.isBlank()) {
			return sentences;
		}
		BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ENGLISH);
		iterator.setText(text);
		int start = iterator.first();
		for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
			String sentence = text.substring(start, end).strip();
			if (!sentence.isEmpty()) {
				sentences.add(sentence);
			}
		}
		return sentences;
	}

}
