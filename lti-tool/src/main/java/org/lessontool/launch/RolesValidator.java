package org.lessontool.launch;

import java.util.List;

import org.lessontool.tool.Claims;

/** lti-checklist C-30: roles is an array of strings, possibly empty. */
final class RolesValidator implements ClaimValidator {

	@Override
	public void validate(VerifiedIdToken token) {
		Object roles = token.claim(Claims.ROLES);
		if (!(roles instanceof List<?> list) || list.stream().anyMatch((role) -> !(role instanceof String))) {
			throw new LaunchRejectedException(RejectionReason.CLAIM_MISSING,
					"the roles claim is missing or not a list of strings");
		}
	}

}
