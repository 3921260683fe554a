package org.lessontool.launch;

import java.text.ParseException;
import java.util.Set;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;

/**
 * The rules that look at the token before its signature is checked, in the checklist's
 * order.
 */
final class HeaderRules {

	/** lti-checklist C-18, Z-01: asymmetric algorithms only; never none, never HS*. */
	static final Set<JWSAlgorithm> ALLOWED = Set.of(JWSAlgorithm.RS256, JWSAlgorithm.RS384, JWSAlgorithm.RS512,
			JWSAlgorithm.PS256, JWSAlgorithm.PS384, JWSAlgorithm.PS512, JWSAlgorithm.ES256, JWSAlgorithm.ES384,
			JWSAlgorithm.ES512);

	private HeaderRules() {
	}

	/** lti-checklist C-17: three base64url parts with JSON header and payload, signed. */
	static void format(IdToken token) {
		JWT jwt;
		try {
			jwt = JWTParser.parse(token.raw);
		}
		catch (ParseException ex) {
			throw IdToken.reject(RejectionReason.TOKEN_MALFORMED, "the id_token is not a JWT: " + ex.getMessage());
		}
		if (!(jwt instanceof SignedJWT signed)) {
			throw IdToken.reject(RejectionReason.ALGORITHM_NOT_ALLOWED, "the id_token is not signed");
		}
		token.jwt = signed;
	}

	static void algorithm(IdToken token) {
		JWSAlgorithm alg = token.jwt.getHeader().getAlgorithm();
		if (!ALLOWED.contains(alg)) {
			throw IdToken.reject(RejectionReason.ALGORITHM_NOT_ALLOWED,
					"the id_token is signed with " + alg + ", which is not an allowed algorithm");
		}
	}

	/** lti-checklist C-19, Z-03: a kid, used only as an opaque, bounded lookup key. */
	static void keyId(IdToken token) {
		String kid = token.jwt.getHeader().getKeyID();
		if (kid == null || kid.isBlank()) {
			throw IdToken.reject(RejectionReason.KID_MISSING, "the id_token header has no kid");
		}
		if (kid.length() > 255) {
			throw IdToken.reject(RejectionReason.KID_MISSING, "the id_token header kid is longer than 255 characters");
		}
	}

	/**
	 * lti-checklist Z-02, Z-04: keys come only from the platform's JWKS; no critical
	 * extensions.
	 */
	static void noHeaderKeys(IdToken token) {
		JWSHeader header = token.jwt.getHeader();
		if (header.getJWKURL() != null || header.getX509CertURL() != null || header.getJWK() != null
				|| header.getX509CertChain() != null) {
			throw IdToken.reject(RejectionReason.HEADER_KEY_MATERIAL,
					"the id_token header carries key material (jku, x5u, jwk or x5c), which is never trusted");
		}
		if (header.getCriticalParams() != null && !header.getCriticalParams().isEmpty()) {
			throw IdToken.reject(RejectionReason.HEADER_KEY_MATERIAL,
					"the id_token header has critical parameters " + header.getCriticalParams());
		}
	}

}
