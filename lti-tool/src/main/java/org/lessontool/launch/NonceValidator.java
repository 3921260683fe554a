package org.lessontool.launch;

/**
 * lti-checklist C-25: the nonce is the one this login sent. That it is used once, across
 * replicas (Z-05), is the login state's: the one statement that takes a state marks it
 * used and keeps its nonce on record ({@link LoginStateRepository#take}).
 */
final class NonceValidator implements ClaimValidator {

	@Override
	public void validate(VerifiedIdToken token) {
		String nonce = token.stringClaim("nonce");
		if (nonce == null) {
			throw new LaunchRejectedException(RejectionReason.CLAIM_MISSING, "the id_token has no nonce");
		}
		if (!nonce.equals(token.login().nonce())) {
			throw new LaunchRejectedException(RejectionReason.NONCE_MISMATCH,
					"the id_token nonce is not the one this login sent");
		}
	}

}
