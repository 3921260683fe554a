package org.lessontool.launch;

import java.util.Set;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;

/** lti-checklist C-18, Z-01: asymmetric algorithms only; never none, never HS*. */
final class AlgorithmRule implements HeaderRule {

	static final Set<JWSAlgorithm> ALLOWED = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
			JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256, JWSAlgorithm.ES384,
			JWSAlgorithm.ES512);

	@Override
	public void check(JWSHeader header) {
		if (!ALLOWED.contains(header.getAlgorithm())) {
			throw new LaunchRejectedException(RejectionReason.ALGORITHM_NOT_ALLOWED,
					"the id_token is signed with " + header.getAlgorithm() + ", which is not an allowed algorithm");
		}
	}

}
