package org.lessontool.support;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, item 5 with lti-checklist R-08: what of a refusal's body a person may see.
 */
class ErrorWordsTests {

	@Test
	void theTextOfAJsonErrorFieldIsShownOnOneBoundedLine() {
		assertThat(ErrorWords
			.of("{\"error\":\"invalid_client_metadata\",\"error_description\":\"domain\\ndoes not match\"}"))
			.contains("domain does not match");
		assertThat(ErrorWords.of("{\"error\":\"User not found in course or is not a student\"}"))
			.contains("User not found in course or is not a student");
		assertThat(ErrorWords.of("{\"message\":\"" + "x".repeat(500) + "\"}").orElseThrow()).hasSize(201);
	}

	@Test
	void anyOtherBodyIsNeverShown() {
		assertThat(ErrorWords.of("<html><body>internal admin page</body></html>")).isEmpty();
		assertThat(ErrorWords.of("{\"users\":[{\"name\":\"secret\"}]}")).isEmpty();
		assertThat(ErrorWords.of("{\"error\":{\"code\":7}}")).isEmpty();
		assertThat(ErrorWords.of("[\"error\"]")).isEmpty();
		assertThat(ErrorWords.of("")).isEmpty();
		assertThat(ErrorWords.of(null)).isEmpty();
	}

}
