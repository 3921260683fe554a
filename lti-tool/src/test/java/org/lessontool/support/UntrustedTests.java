package org.lessontool.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class UntrustedTests {

	@Test
	void textIsOneLineAndBounded() {
		assertThat(Untrusted.bounded("a\r\nb\u2028c\td")).isEqualTo("a b c d");
		assertThat(Untrusted.bounded("x".repeat(5000))).hasSize(Untrusted.LIMIT + "… (5000 characters)".length())
			.endsWith("… (5000 characters)");
		assertThat(Untrusted.bounded("short")).isEqualTo("short");
		assertThat(Untrusted.bounded(null)).isNull();
	}

}
