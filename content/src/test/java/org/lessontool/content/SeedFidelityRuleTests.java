package org.lessontool.content;

import java.nio.file.Path;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

class SeedFidelityRuleTests {

	private final SeedFidelityRule rule = new SeedFidelityRule(TestLessons.seed("lesson-964.txt"),
			Set.of(TestLessons.seed("lesson-964.not-body.txt").split("\\R")));

	@TempDir
	Path folder;

	@Test
	void everySeedSentenceIsInLesson964() {
		assertThat(this.rule.check(TestLessons.shipped())).isEmpty();
	}

	@Test
	void seedSentencesAreSplitAndFolded() {
		assertThat(this.rule.sentences())
			.contains("Lesson 964 of 1570", "The big idea", "Quality jumps.",
					"Fine-tuning is expensive - usually $1000s+.", "Creators · 11 min")
			.doesNotContain("Progress saved locally in this browser.");
	}

	@Test
	void dropsOfASentenceAreFound() {
		LessonContent edited = LessonLoader.standard()
			.load(TestLessons.edited(this.folder, LessonFiles.LESSON, " Quality jumps.", ""));
		assertThat(this.rule.check(edited)).containsExactly(new ContentProblem(LessonFiles.LESSON, "(seed)",
				"the seed sentence \"Quality jumps.\" is not in the lesson"));
	}

	@Test
	void typographyDifferencesAreTolerated() {
		LessonContent edited = LessonLoader.standard()
			.load(TestLessons.edited(this.folder, LessonFiles.LESSON, "I’ll answer", "I'll answer"));
		assertThat(this.rule.check(edited)).isEmpty();
	}

}
