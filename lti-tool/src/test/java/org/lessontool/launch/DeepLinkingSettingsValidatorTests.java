package org.lessontool.launch;

import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lessontool.tool.Claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lessontool.launch.VerifiedIdTokens.refusal;

// Deep Linking 2.0 section 4.4: a deep linking request carries deep_link_return_url
class DeepLinkingSettingsValidatorTests {

	private final DeepLinkingSettingsValidator validator = new DeepLinkingSettingsValidator();

	@Test
	void whenADeepLinkingRequestSaysWhereToAnswerThenAccepted() {
		assertThat(refusal(this.validator, (c) -> c.claim(Claims.MESSAGE_TYPE, Claims.DEEP_LINKING_REQUEST)
			.claim(Claims.DEEP_LINKING_SETTINGS, Map.of("deep_link_return_url", "https://lms.example.org/dl/return"))))
			.isNull();
	}

	@Test
	void whenADeepLinkingRequestHasNoReturnUrlThenRefused() {
		assertThat(refusal(this.validator,
				(c) -> c.claim(Claims.MESSAGE_TYPE, Claims.DEEP_LINKING_REQUEST)
					.claim(Claims.DEEP_LINKING_SETTINGS, Map.of("accept_types", "ltiResourceLink"))))
			.isEqualTo(RejectionReason.CLAIM_MISSING);
		assertThat(refusal(this.validator, (c) -> c.claim(Claims.MESSAGE_TYPE, Claims.DEEP_LINKING_REQUEST)))
			.isEqualTo(RejectionReason.CLAIM_MISSING);
	}

	@Test
	void whenTheLaunchIsAResourceLinkThenTheRuleDoesNotApply() {
		assertThat(refusal(this.validator, (c) -> c.claim(Claims.DEEP_LINKING_SETTINGS, null))).isNull();
	}

}
