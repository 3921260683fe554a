package org.lessontool.launch;

import java.text.ParseException;
import java.util.List;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;

/**
 * lti-checklist C-20, C-21 (Security Framework 5.1.3 step 1): the signature is verified
 * with the platform's key for the kid, whose type must fit the algorithm; no claim is
 * read before this.
 */
final class SignatureRule implements IdTokenRule {

	private final PlatformKeys keys;

	SignatureRule(PlatformKeys keys) {
		this.keys = keys;
	}

	@Override
	public void check(IdToken token) {
		String kid = token.jwt.getHeader().getKeyID();
		JWSAlgorithm alg = token.jwt.getHeader().getAlgorithm();
		List<JWK> candidates = this.keys.find(token.platform, kid);
		if (candidates.isEmpty()) {
			throw IdToken.reject(RejectionReason.KEY_NOT_FOUND,
					"no key with kid '" + kid + "' in the platform's key set at " + token.platform.jwksUrl());
		}
		JWK key = candidates.get(0);
		if (key.getAlgorithm() != null && !key.getAlgorithm().equals(alg)) {
			throw IdToken.reject(RejectionReason.ALGORITHM_NOT_ALLOWED,
					"key '" + kid + "' is for " + key.getAlgorithm() + " but the id_token uses " + alg);
		}
		try {
			if (!token.jwt.verify(verifier(key, alg, kid))) {
				throw IdToken.reject(RejectionReason.SIGNATURE_INVALID,
						"the id_token signature does not match key '" + kid + "'");
			}
			token.claims = token.jwt.getJWTClaimsSet();
		}
		catch (JOSEException ex) {
			throw IdToken.reject(RejectionReason.SIGNATURE_INVALID, "the id_token signature cannot be verified");
		}
		catch (ParseException ex) {
			throw IdToken.reject(RejectionReason.TOKEN_MALFORMED, "the id_token claims are not a JSON object");
		}
	}

	private static JWSVerifier verifier(JWK key, JWSAlgorithm alg, String kid) throws JOSEException {
		if (JWSAlgorithm.Family.RSA.contains(alg) && key instanceof RSAKey rsa) {
			return new RSASSAVerifier(rsa);
		}
		if (JWSAlgorithm.Family.EC.contains(alg) && key instanceof ECKey ec) {
			return new ECDSAVerifier(ec);
		}
		throw IdToken.reject(RejectionReason.ALGORITHM_NOT_ALLOWED,
				"key '" + kid + "' is of type " + key.getKeyType() + ", which does not fit " + alg);
	}

}
