package org.lessontool.launch;

import org.junit.jupiter.api.Test;
import org.lessontool.tool.Claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lessontool.launch.VerifiedIdTokens.refusal;
import static org.lessontool.launch.VerifiedIdTokens.unchanged;

// lti-checklist C-26: the version claim is exactly 1.3.0
class VersionValidatorTests {

	private final VersionValidator validator = new VersionValidator();

	@Test
	void whenTheVersionIs130ThenAccepted() {
		assertThat(refusal(this.validator, unchanged())).isNull();
	}

	@Test
	void whenTheVersionIsAnotherOrMissingThenRefused() {
		assertThat(refusal(this.validator, (c) -> c.claim(Claims.VERSION, "1.1")))
			.isEqualTo(RejectionReason.VERSION_INVALID);
		assertThat(refusal(this.validator, (c) -> c.claim(Claims.VERSION, "1.3")))
			.isEqualTo(RejectionReason.VERSION_INVALID);
		assertThat(refusal(this.validator, (c) -> c.claim(Claims.VERSION, null)))
			.isEqualTo(RejectionReason.VERSION_INVALID);
	}

}
