package org.lessontool.launch;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lessontool.launch.VerifiedIdTokens.refusal;

// lti-checklist C-23: aud, a string or a list, holds the client id; azp names it when there are several
class AudienceValidatorTests {

	private final AudienceValidator validator = new AudienceValidator();

	@Test
	void whenTheAudienceIsTheClientAloneThenAccepted() {
		assertThat(refusal(this.validator, (c) -> c.audience("client-1"))).isNull();
	}

	@Test
	void whenTheAudienceLacksTheClientThenRefused() {
		assertThat(refusal(this.validator, (c) -> c.audience("other"))).isEqualTo(RejectionReason.AUDIENCE_MISMATCH);
		assertThat(refusal(this.validator, (c) -> c.audience((String) null)))
			.isEqualTo(RejectionReason.AUDIENCE_MISMATCH);
	}

	@Test
	void whenThereAreSeveralAudiencesThenAzpMustNameTheClient() {
		assertThat(refusal(this.validator, (c) -> c.audience(List.of("client-1", "other"))))
			.isEqualTo(RejectionReason.AUDIENCE_MISMATCH);
		assertThat(refusal(this.validator, (c) -> c.audience(List.of("client-1", "other")).claim("azp", "other")))
			.isEqualTo(RejectionReason.AUDIENCE_MISMATCH);
		assertThat(refusal(this.validator, (c) -> c.audience(List.of("client-1", "other")).claim("azp", "client-1")))
			.isNull();
	}

	@Test
	void whenAzpIsSentWithOneAudienceThenItMustStillBeTheClient() {
		assertThat(refusal(this.validator, (c) -> c.claim("azp", "other")))
			.isEqualTo(RejectionReason.AUDIENCE_MISMATCH);
	}

}
