package org.lessontool.launch;

import org.junit.jupiter.api.Test;
import org.lessontool.tool.Claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lessontool.launch.VerifiedIdTokens.refusal;

// lti-checklist C-28: only LtiResourceLinkRequest and LtiDeepLinkingRequest are served here
class MessageTypeValidatorTests {

	private final MessageTypeValidator validator = new MessageTypeValidator();

	@Test
	void whenTheMessageIsOneTheToolServesThenAccepted() {
		assertThat(refusal(this.validator, (c) -> c.claim(Claims.MESSAGE_TYPE, Claims.RESOURCE_LINK_REQUEST))).isNull();
		assertThat(refusal(this.validator, (c) -> c.claim(Claims.MESSAGE_TYPE, Claims.DEEP_LINKING_REQUEST))).isNull();
	}

	@Test
	void whenTheMessageIsAnotherThenRefusedAsUnsupported() {
		assertThat(refusal(this.validator, (c) -> c.claim(Claims.MESSAGE_TYPE, "LtiSubmissionReviewRequest")))
			.isEqualTo(RejectionReason.MESSAGE_TYPE_UNSUPPORTED);
	}

	@Test
	void whenTheMessageTypeIsMissingThenRefused() {
		assertThat(refusal(this.validator, (c) -> c.claim(Claims.MESSAGE_TYPE, null)))
			.isEqualTo(RejectionReason.CLAIM_MISSING);
	}

}
