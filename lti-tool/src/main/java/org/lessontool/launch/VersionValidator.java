package org.lessontool.launch;

import org.lessontool.tool.Claims;

/** lti-checklist C-26: the LTI version claim is exactly 1.3.0. */
final class VersionValidator implements ClaimValidator {

	@Override
	public void validate(VerifiedIdToken token) {
		Object version = token.claim(Claims.VERSION);
		if (!"1.3.0".equals(version)) {
			throw new LaunchRejectedException(RejectionReason.VERSION_INVALID, "the LTI version claim is "
					+ ((version == null) ? "missing" : "'" + version + "'") + ", not 1.3.0");
		}
	}

}
