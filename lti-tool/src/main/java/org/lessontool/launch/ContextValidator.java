package org.lessontool.launch;

import org.lessontool.tool.Claims;

/** lti-checklist C-32, C-35: a context, when sent, has an id within the spec's length. */
final class ContextValidator implements ClaimValidator {

	@Override
	public void validate(VerifiedIdToken token) {
		if (token.claim(Claims.CONTEXT) == null) {
			return;
		}
		String id = token.idOf(Claims.CONTEXT);
		if (id == null || id.isBlank()) {
			throw new LaunchRejectedException(RejectionReason.CLAIM_INVALID, "the context claim has no id");
		}
		ClaimValidator.bounded("context.id", id);
	}

}
