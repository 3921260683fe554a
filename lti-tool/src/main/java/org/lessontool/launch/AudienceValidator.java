package org.lessontool.launch;

import java.util.List;

/**
 * lti-checklist C-23: aud holds the client id; with several audiences azp must name it.
 */
final class AudienceValidator implements ClaimValidator {

	@Override
	public void validate(VerifiedIdToken token) {
		List<String> audience = token.audience();
		String clientId = token.platform().clientId();
		if (audience == null || !audience.contains(clientId)) {
			throw refused("the id_token audience " + audience + " does not include client_id " + clientId);
		}
		Object azp = token.claim("azp");
		if (audience.size() > 1 && azp == null) {
			throw refused("the id_token has several audiences " + audience + " and no azp");
		}
		if (azp != null && !clientId.equals(azp)) {
			throw refused("the id_token azp '" + azp + "' is not client_id " + clientId);
		}
	}

	private static LaunchRejectedException refused(String detail) {
		return new LaunchRejectedException(RejectionReason.AUDIENCE_MISMATCH, detail);
	}

}
