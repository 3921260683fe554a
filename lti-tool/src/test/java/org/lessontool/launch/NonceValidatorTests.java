package org.lessontool.launch;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lessontool.launch.VerifiedIdTokens.refusal;
import static org.lessontool.launch.VerifiedIdTokens.unchanged;

/**
 * lti-checklist C-25: the nonce is the login's. That it is used once is the login state's
 * (LoginStateRepositoryContract).
 */
class NonceValidatorTests {

	private final NonceValidator validator = new NonceValidator();

	@Test
	void whenTheNonceIsTheLoginsThenAccepted() {
		assertThat(refusal(this.validator, unchanged())).isNull();
	}

	@Test
	void whenTheNonceIsNotTheLoginsOrMissingThenRefused() {
		assertThat(refusal(this.validator, (c) -> c.claim("nonce", "another")))
			.isEqualTo(RejectionReason.NONCE_MISMATCH);
		assertThat(refusal(this.validator, (c) -> c.claim("nonce", null))).isEqualTo(RejectionReason.CLAIM_MISSING);
	}

}
