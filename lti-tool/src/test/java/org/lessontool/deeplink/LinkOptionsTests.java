package org.lessontool.deeplink;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The picker's choices, checked before anything is signed (issue 18: their own tests).
 */
class LinkOptionsTests {

	@Test
	void whenTheChoicesAreInRangeThenTheyBecomeTheLinksCustomParametersAsStrings() {
		// lti-checklist C-36: custom values are strings
		LinkOptions options = LinkOptions.read("  Lesson 964  ", " 3 ", "best", null);
		assertThat(options.title()).isEqualTo("Lesson 964");
		assertThat(options.custom()).containsExactly(java.util.Map.entry("lesson", "964"),
				java.util.Map.entry("max_attempts", "3"), java.util.Map.entry("grade_policy", "best"),
				java.util.Map.entry("show_answers", "after_last"));
	}

	@Test
	void whenATitleIsBlankOrTooLongThenItIsRefused() {
		assertThatThrownBy(() -> LinkOptions.read("   ", "1", "best", "never")).hasMessageContaining("title");
		assertThatThrownBy(() -> LinkOptions.read("x".repeat(LinkOptions.TITLE_LIMIT + 1), "1", "best", "never"))
			.hasMessageContaining("title");
		assertThat(LinkOptions.read("x".repeat(LinkOptions.TITLE_LIMIT), "1", "best", "never").title())
			.hasSize(LinkOptions.TITLE_LIMIT);
	}

	@Test
	void whenAttemptsAreNotAWholeNumberFromZeroToTheLimitThenTheyAreRefused() {
		for (String attempts : new String[] { "-1", "21", "two", "", null, "1.5" }) {
			assertThatThrownBy(() -> LinkOptions.read("T", attempts, "best", "never")).as(String.valueOf(attempts))
				.hasMessageContaining("Maximum attempts");
		}
		assertThat(LinkOptions.read("T", "0", "latest", "after_each").maxAttempts()).isZero();
		assertThat(LinkOptions.read("T", "20", "latest", "after_each").maxAttempts()).isEqualTo(20);
	}

	@Test
	void whenThePolicyOrTheAnswersSettingIsUnknownThenItIsRefused() {
		assertThatThrownBy(() -> LinkOptions.read("T", "1", "highest", "never")).hasMessageContaining("grade policy");
		assertThatThrownBy(() -> LinkOptions.read("T", "1", "best", "always")).hasMessageContaining("show the answers");
	}

}
