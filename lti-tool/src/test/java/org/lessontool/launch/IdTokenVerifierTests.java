package org.lessontool.launch;

import java.util.List;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.lessontool.launch.VerifiedIdTokens.LOGIN;
import static org.lessontool.launch.VerifiedIdTokens.PLATFORM;

/**
 * Security Framework 5.1.3 step 1: the signature is verified with the platform's key for
 * the kid before any claim is read. Real RSA keys, real signatures.
 */
class IdTokenVerifierTests {

	static RSAKey platformKey;

	static RSAKey otherKey;

	@BeforeAll
	static void keys() throws Exception {
		platformKey = new RSAKeyGenerator(2048).keyID("k1").generate();
		otherKey = new RSAKeyGenerator(2048).keyID("k1").generate();
	}

	private final IdTokenVerifier verifier = new IdTokenVerifier(
			(platform, kid) -> "k1".equals(kid) ? List.of(platformKey.toPublicJWK()) : List.of(), 65536);

	@Test
	void whenSignedByThePlatformsKeyThenItsClaimsAreVerified() throws Exception {
		VerifiedIdToken token = this.verifier.verify(signed(platformKey, "k1", "student-1"), PLATFORM, LOGIN);
		assertThat(token.claims().getSubject()).isEqualTo("student-1");
		assertThat(token.platform()).isEqualTo(PLATFORM);
		assertThat(token.header().getKeyID()).isEqualTo("k1");
	}

	@Test
	void whenSignedByAnotherKeyWithTheSameKidThenRefused() throws Exception {
		// lti-checklist C-20
		assertThat(reason(signed(otherKey, "k1", "student-1"))).isEqualTo(RejectionReason.SIGNATURE_INVALID);
	}

	@Test
	void whenTheKidIsNotInThePlatformsKeySetThenRefused() throws Exception {
		assertThat(reason(signed(platformKey, "k2", "student-1"))).isEqualTo(RejectionReason.KEY_NOT_FOUND);
	}

	@Test
	void whenTheKeyTypeDoesNotFitTheAlgorithmThenRefused() throws Exception {
		// lti-checklist C-21: an ES256 header against the platform's RSA key
		JWK ec = new ECKeyGenerator(Curve.P_256).keyID("k1").generate();
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.ES256).keyID("k1").build(), claims("s"));
		jwt.sign(new com.nimbusds.jose.crypto.ECDSASigner(ec.toECKey()));
		assertThat(reason(jwt.serialize())).isEqualTo(RejectionReason.ALGORITHM_NOT_ALLOWED);
	}

	@Test
	void whenUnsignedOrMacSignedThenRefused() throws Exception {
		// lti-checklist C-18, Z-01
		assertThat(reason(new PlainJWT(claims("s")).serialize())).isEqualTo(RejectionReason.ALGORITHM_NOT_ALLOWED);
		SignedJWT hs = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("k1").build(), claims("s"));
		hs.sign(new MACSigner(new byte[32]));
		assertThat(reason(hs.serialize())).isEqualTo(RejectionReason.ALGORITHM_NOT_ALLOWED);
	}

	@Test
	void whenNotAJwtOrTooLargeThenRefusedBeforeAnyKeyIsLookedUp() throws Exception {
		// lti-checklist C-17 (format) and C-32 (size, before parsing)
		IdTokenVerifier noLookups = new IdTokenVerifier((platform, kid) -> {
			throw new AssertionError("no key may be looked up");
		}, 1000);
		assertThat(catchThrowableOfType(LaunchRejectedException.class,
				() -> noLookups.verify("not.a.jwt", PLATFORM, LOGIN))
			.reason()).isEqualTo(RejectionReason.TOKEN_MALFORMED);
		assertThat(catchThrowableOfType(LaunchRejectedException.class,
				() -> noLookups.verify("x".repeat(1001), PLATFORM, LOGIN))
			.reason()).isEqualTo(RejectionReason.TOKEN_TOO_LARGE);
	}

	private RejectionReason reason(String raw) {
		return catchThrowableOfType(LaunchRejectedException.class, () -> this.verifier.verify(raw, PLATFORM, LOGIN))
			.reason();
	}

	private static String signed(RSAKey key, String kid, String subject) throws Exception {
		SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build(), claims(subject));
		jwt.sign(new RSASSASigner(key));
		return jwt.serialize();
	}

	private static JWTClaimsSet claims(String subject) {
		return new JWTClaimsSet.Builder().subject(subject).issuer(PLATFORM.issuer()).build();
	}

}
