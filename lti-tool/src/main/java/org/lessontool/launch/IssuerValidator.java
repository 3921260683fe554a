package org.lessontool.launch;

/** lti-checklist C-22: exactly the registration's issuer, with no normalising. */
final class IssuerValidator implements ClaimValidator {

	@Override
	public void validate(VerifiedIdToken token) {
		String iss = token.claims().getIssuer();
		if (!token.platform().issuer().equals(iss)) {
			throw new LaunchRejectedException(RejectionReason.ISSUER_MISMATCH,
					"the id_token issuer '" + iss + "' is not the login's platform " + token.platform().issuer());
		}
	}

}
