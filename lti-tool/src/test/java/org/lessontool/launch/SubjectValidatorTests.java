package org.lessontool.launch;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lessontool.launch.VerifiedIdTokens.refusal;
import static org.lessontool.launch.VerifiedIdTokens.unchanged;

// lti-checklist C-31: a graded activity needs a user; C-32: within 255 characters
class SubjectValidatorTests {

	private final SubjectValidator validator = new SubjectValidator();

	@Test
	void whenThereIsAUserThenAccepted() {
		assertThat(refusal(this.validator, unchanged())).isNull();
	}

	@Test
	void whenTheUserIsMissingOrBlankThenRefused() {
		assertThat(refusal(this.validator, (c) -> c.subject(null))).isEqualTo(RejectionReason.CLAIM_MISSING);
		assertThat(refusal(this.validator, (c) -> c.subject(" "))).isEqualTo(RejectionReason.CLAIM_MISSING);
	}

	@Test
	void whenTheUserIdIsLongerThan255CharactersThenRefused() {
		assertThat(refusal(this.validator, (c) -> c.subject("s".repeat(256)))).isEqualTo(RejectionReason.CLAIM_INVALID);
		assertThat(refusal(this.validator, (c) -> c.subject("s".repeat(255)))).isNull();
	}

}
