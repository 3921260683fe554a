package org.lessontool.launch;

import java.net.URI;
import java.util.Set;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

// lti-checklist Z-02: keys come only from the platform's JWKS; Z-04: no critical extensions
class HeaderKeyMaterialRuleTests {

	private final HeaderKeyMaterialRule rule = new HeaderKeyMaterialRule();

	@Test
	void whenTheHeaderCarriesOnlyAlgAndKidThenAccepted() {
		assertThatNoException().isThrownBy(() -> this.rule.check(base().build()));
	}

	@Test
	void whenTheHeaderPointsAtOrCarriesAKeyThenRefused() throws Exception {
		refused(base().jwkURL(URI.create("https://attacker.example/jwks")).build());
		refused(base().x509CertURL(URI.create("https://attacker.example/cert")).build());
		refused(base().jwk(new RSAKeyGenerator(2048).generate().toPublicJWK()).build());
	}

	@Test
	void whenTheHeaderHasCriticalParametersThenRefused() {
		refused(base().criticalParams(Set.of("exp")).customParam("exp", 1).build());
	}

	private void refused(JWSHeader header) {
		assertThat(catchThrowableOfType(LaunchRejectedException.class, () -> this.rule.check(header)).reason())
			.isEqualTo(RejectionReason.HEADER_KEY_MATERIAL);
	}

	private static JWSHeader.Builder base() {
		return new JWSHeader.Builder(JWSAlgorithm.RS256).keyID("k1");
	}

}
