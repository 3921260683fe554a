package org.lessontool.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16: one name per section; the later "The big idea" sections are named by their
 * part.
 */
class SectionTitleTests {

	final Lesson lesson = LessonLoader.standard().load(LessonSource.classpath("lessons/964")).lesson();

	@Test
	void aRepeatedHeadingIsNamedByItsPartAndAUniqueOneIsLeftAlone() {
		assertThat(this.lesson.titleOf(this.lesson.section("s1").orElseThrow())).isEqualTo("The big idea");
		assertThat(this.lesson.titleOf(this.lesson.section("s3").orElseThrow()))
			.isEqualTo("The big idea (AI and fine-tuning vs RAG: two ways to make AI know your stuff)");
		assertThat(this.lesson.titleOf(this.lesson.section("s5").orElseThrow()))
			.isEqualTo("The big idea (Fine-Tuning vs. Prompting: When to Train Your Own Model)");
		Section part = this.lesson.section("s2").orElseThrow();
		assertThat(this.lesson.titleOf(part)).isEqualTo(part.heading());
	}

}
