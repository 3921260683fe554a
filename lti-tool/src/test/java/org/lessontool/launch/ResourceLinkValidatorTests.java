package org.lessontool.launch;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lessontool.tool.Claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lessontool.launch.VerifiedIdTokens.refusal;
import static org.lessontool.launch.VerifiedIdTokens.unchanged;

// lti-checklist C-29: target_link_uri is the login's, resource_link has an id within 255 characters
class ResourceLinkValidatorTests {

	private final ResourceLinkValidator validator = new ResourceLinkValidator();

	@Test
	void whenTheTargetIsTheLoginsAndTheLinkHasAnIdThenAccepted() {
		assertThat(refusal(this.validator, unchanged())).isNull();
	}

	@Test
	void whenTheTargetIsNotTheLoginsThenRefused() {
		assertThat(refusal(this.validator,
				(c) -> c.claim(Claims.TARGET_LINK_URI, "https://tool.example.org/lti/launch?x=1")))
			.isEqualTo(RejectionReason.CLAIM_INVALID);
		assertThat(refusal(this.validator, (c) -> c.claim(Claims.TARGET_LINK_URI, null)))
			.isEqualTo(RejectionReason.CLAIM_MISSING);
	}

	@Test
	void whenTheLinkHasNoIdOrTooLongAnIdThenRefused() {
		assertThat(refusal(this.validator, (c) -> c.claim(Claims.RESOURCE_LINK, Map.of("title", "t"))))
			.isEqualTo(RejectionReason.CLAIM_MISSING);
		assertThat(refusal(this.validator, (c) -> c.claim(Claims.RESOURCE_LINK, Map.of("id", "x".repeat(256)))))
			.isEqualTo(RejectionReason.CLAIM_INVALID);
	}

	@Test
	void whenTheLaunchIsADeepLinkingRequestThenTheRuleDoesNotApply() {
		assertThat(refusal(this.validator,
				(c) -> c.claim(Claims.MESSAGE_TYPE, Claims.DEEP_LINKING_REQUEST)
					.claim(Claims.RESOURCE_LINK, null)
					.claim(Claims.TARGET_LINK_URI, "https://elsewhere.example.org")))
			.isNull();
	}

}
