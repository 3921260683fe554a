package org.lessontool.lesson;

import java.util.List;

import org.lessontool.content.Block;
import org.lessontool.content.KeyTerm;
import org.lessontool.content.Lesson;
import org.lessontool.content.Section;
import org.lessontool.content.TermMarker.Span;

/**
 * The lesson page's model: the lesson with key terms marked in its text and a glossary
 * that points back to the sections using each term.
 *
 * @param lesson the lesson
 * @param sections the sections, marked
 * @param glossary the key terms with the sections they appear in
 */
record LessonPage(Lesson lesson, List<SectionView> sections, List<TermView> glossary) {

	/**
	 * A section with its text split into spans.
	 *
	 * @param section the section
	 * @param bigIdea the big idea's spans, empty when it has none
	 * @param blocks its blocks, marked
	 * @param keyTerms the key terms the section uses
	 */
	record SectionView(Section section, List<Span> bigIdea, List<BlockView> blocks, List<KeyTerm> keyTerms) {
	}

	/**
	 * A block with its text split into spans.
	 *
	 * @param block the block
	 * @param items each list item's spans
	 * @param text the try-it text's spans, empty for lists
	 */
	record BlockView(Block block, List<List<Span>> items, List<Span> text) {

		public boolean tryIt() {
			return this.block.type() == Block.Type.TRY_IT;
		}

	}

	/**
	 * A glossary entry.
	 *
	 * @param term the key term
	 * @param sections the sections that use it
	 */
	record TermView(KeyTerm term, List<Section> sections) {
	}

}
