package org.lessontool.launch;

import org.lessontool.tool.Claims;

/**
 * lti-checklist C-29: a resource link launch names its link, and its target_link_uri is
 * the one the login asked for.
 */
final class ResourceLinkValidator implements ClaimValidator {

	@Override
	public void validate(VerifiedIdToken token) {
		if (!Claims.RESOURCE_LINK_REQUEST.equals(token.claim(Claims.MESSAGE_TYPE))) {
			return;
		}
		String target = token.stringClaim(Claims.TARGET_LINK_URI);
		if (target == null) {
			throw new LaunchRejectedException(RejectionReason.CLAIM_MISSING, "the target_link_uri claim is missing");
		}
		if (!target.equals(token.login().targetLinkUri())) {
			throw new LaunchRejectedException(RejectionReason.CLAIM_INVALID, "the target_link_uri claim " + target
					+ " is not the login's target_link_uri " + token.login().targetLinkUri());
		}
		String id = token.idOf(Claims.RESOURCE_LINK);
		if (id == null || id.isBlank()) {
			throw new LaunchRejectedException(RejectionReason.CLAIM_MISSING, "the resource_link claim has no id");
		}
		ClaimValidator.bounded("resource_link.id", id);
	}

}
