package org.lessontool.launch;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lessontool.launch.VerifiedIdTokens.refusal;
import static org.lessontool.launch.VerifiedIdTokens.unchanged;

class IssuerValidatorTests {

	private final IssuerValidator validator = new IssuerValidator();

	@Test
	void whenTheIssuerIsTheRegistrationsThenAccepted() {
		assertThat(refusal(this.validator, unchanged())).isNull();
	}

	@Test
	void whenTheIssuerDiffersEvenByATrailingSlashThenRefused() {
		// lti-checklist C-22: exactly the registration's issuer, no normalising
		assertThat(refusal(this.validator, (c) -> c.issuer("https://lms.example.org/")))
			.isEqualTo(RejectionReason.ISSUER_MISMATCH);
		assertThat(refusal(this.validator, (c) -> c.issuer("https://LMS.example.org")))
			.isEqualTo(RejectionReason.ISSUER_MISMATCH);
	}

	@Test
	void whenTheIssuerIsMissingThenRefused() {
		assertThat(refusal(this.validator, (c) -> c.issuer(null))).isEqualTo(RejectionReason.ISSUER_MISMATCH);
	}

}
