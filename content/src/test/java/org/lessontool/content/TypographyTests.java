package org.lessontool.content;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class TypographyTests {

	@Test
	void foldsQuotesDashesAndWhitespace() {
		assertThat(Typography.normalize("  “It’s”\u00A0fine — really…\n ok  "))
			.isEqualTo("\"It's\" fine - really... ok");
	}

}
