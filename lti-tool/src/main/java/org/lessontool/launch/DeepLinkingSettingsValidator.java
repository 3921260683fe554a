package org.lessontool.launch;

import java.util.Map;

import org.lessontool.tool.Claims;

/** Deep Linking 2.0 section 4.4: a deep linking request says where to send the answer. */
final class DeepLinkingSettingsValidator implements ClaimValidator {

	@Override
	public void validate(VerifiedIdToken token) {
		if (!Claims.DEEP_LINKING_REQUEST.equals(token.claim(Claims.MESSAGE_TYPE))) {
			return;
		}
		Object settings = token.claim(Claims.DEEP_LINKING_SETTINGS);
		Object returnUrl = (settings instanceof Map<?, ?> map) ? map.get("deep_link_return_url") : null;
		if (!(returnUrl instanceof String text) || text.isBlank()) {
			throw new LaunchRejectedException(RejectionReason.CLAIM_MISSING,
					"the deep_linking_settings claim has no deep_link_return_url");
		}
	}

}
