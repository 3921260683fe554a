package org.lessontool.launch;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.lessontool.tool.Claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lessontool.launch.VerifiedIdTokens.refusal;

// lti-checklist C-30: roles is a list of strings; an empty list is allowed
class RolesValidatorTests {

	private final RolesValidator validator = new RolesValidator();

	@Test
	void whenRolesIsAListOfStringsOrEmptyThenAccepted() {
		assertThat(refusal(this.validator, (c) -> c.claim(Claims.ROLES, List.of()))).isNull();
		assertThat(refusal(this.validator, (c) -> c.claim(Claims.ROLES, List.of("Learner", "Mentor")))).isNull();
	}

	@Test
	void whenRolesIsMissingOrNotAListOfStringsThenRefused() {
		assertThat(refusal(this.validator, (c) -> c.claim(Claims.ROLES, "Learner")))
			.isEqualTo(RejectionReason.CLAIM_MISSING);
		assertThat(refusal(this.validator, (c) -> c.claim(Claims.ROLES, List.of(1, 2))))
			.isEqualTo(RejectionReason.CLAIM_MISSING);
		assertThat(refusal(this.validator, (c) -> c.claim(Claims.ROLES, null)))
			.isEqualTo(RejectionReason.CLAIM_MISSING);
	}

}
