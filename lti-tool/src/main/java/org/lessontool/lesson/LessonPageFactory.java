package org.lessontool.lesson;

import java.util.ArrayList;
import java.util.List;

import org.lessontool.content.Block;
import org.lessontool.content.LessonContent;
import org.lessontool.content.Section;
import org.lessontool.content.TermMarker;
import org.lessontool.content.TermMarker.Span;

/** Builds the lesson page model once: the content never changes while the tool runs. */
final class LessonPageFactory {

	private LessonPageFactory() {
	}

	static LessonPage create(LessonContent content) {
		TermMarker marker = new TermMarker(content.keyTerms());
		List<LessonPage.SectionView> sections = content.lesson()
			.sections()
			.stream()
			.map((section) -> section(content, marker, section))
			.toList();
		List<LessonPage.TermView> glossary = content.keyTerms()
			.stream()
			.map((term) -> new LessonPage.TermView(term,
					term.sections().stream().flatMap((id) -> content.lesson().section(id).stream()).toList()))
			.toList();
		return new LessonPage(content.lesson(), sections, glossary);
	}

	private static LessonPage.SectionView section(LessonContent content, TermMarker marker, Section section) {
		// marked in reading order, so each term links at its first use in the section
		List<String> texts = new ArrayList<>();
		if (section.bigIdea() != null) {
			texts.add(section.bigIdea());
		}
		for (Block block : section.blocks()) {
			texts.addAll(block.items());
			if (block.text() != null) {
				texts.add(block.text());
			}
		}
		List<List<Span>> marked = marker.markSection(texts);
		int next = 0;
		List<Span> bigIdea = (section.bigIdea() != null) ? marked.get(next++) : List.of();
		List<LessonPage.BlockView> blocks = new ArrayList<>();
		for (Block block : section.blocks()) {
			List<List<Span>> items = marked.subList(next, next + block.items().size());
			next += block.items().size();
			List<Span> text = (block.text() != null) ? marked.get(next++) : List.of();
			blocks.add(new LessonPage.BlockView(block, List.copyOf(items), text));
		}
		return new LessonPage.SectionView(section, bigIdea, blocks, content.keyTermsOf(section));
	}

}
