package org.lessontool.launch;

import com.nimbusds.jose.JWSHeader;

/**
 * lti-checklist Z-02, Z-04: keys come only from the platform's JWKS, never from the token
 * itself; no critical extensions.
 */
final class HeaderKeyMaterialRule implements HeaderRule {

	@Override
	public void check(JWSHeader header) {
		if (header.getJWKURL() != null || header.getX509CertURL() != null || header.getJWK() != null
				|| header.getX509CertChain() != null) {
			throw new LaunchRejectedException(RejectionReason.HEADER_KEY_MATERIAL,
					"the id_token header carries key material (jku, x5u, jwk or x5c), which is never trusted");
		}
		if (header.getCriticalParams() != null && !header.getCriticalParams().isEmpty()) {
			throw new LaunchRejectedException(RejectionReason.HEADER_KEY_MATERIAL,
					"the id_token header has critical parameters " + header.getCriticalParams());
		}
	}

}
