package org.lessontool.launch;

import com.nimbusds.jose.JWSHeader;

/** lti-checklist C-19, Z-03: a kid, used only as an opaque, bounded lookup key. */
final class KeyIdRule implements HeaderRule {

	@Override
	public void check(JWSHeader header) {
		String kid = header.getKeyID();
		if (kid == null || kid.isBlank()) {
			throw new LaunchRejectedException(RejectionReason.KID_MISSING, "the id_token header has no kid");
		}
		if (kid.length() > 255) {
			throw new LaunchRejectedException(RejectionReason.KID_MISSING,
					"the id_token header kid is longer than 255 characters");
		}
	}

}
