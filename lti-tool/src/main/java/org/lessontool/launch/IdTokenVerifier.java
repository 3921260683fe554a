package org.lessontool.launch;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWT;
import com.nimbusds.jwt.JWTParser;
import com.nimbusds.jwt.SignedJWT;

import org.lessontool.registration.Platform;

/**
 * Turns a posted id_token into a {@link VerifiedIdToken} (Security Framework 5.1.3 step
 * 1): size (C-32), format (C-17), the header rules, then the signature with the
 * platform's key for the kid, whose type must fit the algorithm (C-20, C-21). No claim is
 * read before this.
 */
final class IdTokenVerifier {

	private static final List<HeaderRule> HEADER_RULES = List.of(new AlgorithmRule(), new KeyIdRule(),
			new HeaderKeyMaterialRule());

	private final KeyLookup keys;

	private final int maxBytes;

	/**
	 * A verifier per key of a cached key set, held while the set holds the key: building
	 * one decodes the key from its JWK parts, 5% of a launch's CPU (issue 19).
	 */
	private final Cache<JWK, JWSVerifier> verifiers = Caffeine.newBuilder().weakKeys().maximumSize(1_000).build();

	IdTokenVerifier(KeyLookup keys, int maxBytes) {
		this.keys = keys;
		this.maxBytes = maxBytes;
	}

	VerifiedIdToken verify(String raw, Platform platform, LoginState login) {
		if (raw.getBytes(StandardCharsets.UTF_8).length > this.maxBytes) {
			throw new LaunchRejectedException(RejectionReason.TOKEN_TOO_LARGE,
					"the id_token is larger than " + this.maxBytes + " bytes");
		}
		SignedJWT jwt = parse(raw.strip());
		JWSHeader header = jwt.getHeader();
		HEADER_RULES.forEach((rule) -> rule.check(header));
		String kid = header.getKeyID();
		List<JWK> candidates = this.keys.find(platform, kid);
		if (candidates.isEmpty()) {
			throw new LaunchRejectedException(RejectionReason.KEY_NOT_FOUND,
					"no key with kid '" + kid + "' in the platform's key set at " + platform.jwksUrl());
		}
		JWK key = candidates.get(0);
		if (key.getAlgorithm() != null && !key.getAlgorithm().equals(header.getAlgorithm())) {
			throw new LaunchRejectedException(RejectionReason.ALGORITHM_NOT_ALLOWED, "key '" + kid + "' is for "
					+ key.getAlgorithm() + " but the id_token uses " + header.getAlgorithm());
		}
		try {
			if (!jwt.verify(verifier(key, header.getAlgorithm(), kid))) {
				throw new LaunchRejectedException(RejectionReason.SIGNATURE_INVALID,
						"the id_token signature does not match key '" + kid + "'");
			}
			return new VerifiedIdToken(header, jwt.getJWTClaimsSet(), platform, login);
		}
		catch (JOSEException ex) {
			throw new LaunchRejectedException(RejectionReason.SIGNATURE_INVALID,
					"the id_token signature cannot be verified");
		}
		catch (ParseException ex) {
			throw new LaunchRejectedException(RejectionReason.TOKEN_MALFORMED,
					"the id_token claims are not a JSON object");
		}
	}

	/** C-17: three base64url parts with a JSON header and payload, signed. */
	private static SignedJWT parse(String raw) {
		JWT jwt;
		try {
			jwt = JWTParser.parse(raw);
		}
		catch (ParseException ex) {
			throw new LaunchRejectedException(RejectionReason.TOKEN_MALFORMED,
					"the id_token is not a JWT: " + ex.getMessage());
		}
		if (!(jwt instanceof SignedJWT signed)) {
			throw new LaunchRejectedException(RejectionReason.ALGORITHM_NOT_ALLOWED, "the id_token is not signed");
		}
		return signed;
	}

	private JWSVerifier verifier(JWK key, JWSAlgorithm alg, String kid) throws JOSEException {
		boolean fits = (JWSAlgorithm.Family.RSA.contains(alg) && key instanceof RSAKey)
				|| (JWSAlgorithm.Family.EC.contains(alg) && key instanceof ECKey);
		if (!fits) {
			throw new LaunchRejectedException(RejectionReason.ALGORITHM_NOT_ALLOWED,
					"key '" + kid + "' is of type " + key.getKeyType() + ", which does not fit " + alg);
		}
		JWSVerifier verifier = this.verifiers.getIfPresent(key);
		if (verifier == null) {
			verifier = (key instanceof RSAKey rsa) ? new RSASSAVerifier(rsa) : new ECDSAVerifier((ECKey) key);
			this.verifiers.put(key, verifier);
		}
		return verifier;
	}

}
