package org.lessontool.content;

import java.util.ArrayList;
import java.util.List;

/**
 * A numbered section of a lesson. A section with only a heading introduces the sections
 * after it.
 *
 * @param id stable identifier that questions, terms and links refer to
 * @param number the number shown as "Section N"
 * @param heading the section heading
 * @param bigIdea the section's main paragraph, if any
 * @param blocks example lists, how-to lists and try-its, in order
 * @param keyTermsHeading the heading over the section's key terms, if the section lists
 * them
 */
public record Section(String id, int number, String heading, String bigIdea, List<Block> blocks,
		String keyTermsHeading) {

	public Section {
		blocks = Lists.copy(blocks);
	}

	/** "Section 3". */
	public String label() {
		return "Section " + this.number;
	}

	/** Whether the section has more than its heading. */
	public boolean hasBody() {
		return this.bigIdea != null || !this.blocks.isEmpty();
	}

	/** Every piece of text the section shows, heading first, in reading order. */
	public List<String> texts() {
		List<String> texts = new ArrayList<>();
		texts.add(this.heading);
		if (this.bigIdea != null) {
			texts.add(this.bigIdea);
		}
		for (Block block : this.blocks) {
			texts.add(block.heading());
			texts.addAll(block.items());
			if (block.text() != null) {
				texts.add(block.text());
			}
		}
		texts.removeIf((text) -> text == null);
		return texts;
	}

}
