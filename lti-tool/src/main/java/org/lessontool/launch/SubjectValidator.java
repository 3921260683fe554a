package org.lessontool.launch;

/** lti-checklist C-31: a graded activity needs a user, named within 255 characters. */
final class SubjectValidator implements ClaimValidator {

	@Override
	public void validate(VerifiedIdToken token) {
		String sub = token.claims().getSubject();
		if (sub == null || sub.isBlank()) {
			throw new LaunchRejectedException(RejectionReason.CLAIM_MISSING, "the id_token has no user (sub)");
		}
		ClaimValidator.bounded("sub", sub);
	}

}
