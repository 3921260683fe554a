package org.lessontool.launch;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.assertThat;

// lti-checklist C-18, Z-01: asymmetric algorithms only; never none, never HS*
class AlgorithmRuleTests {

	private final AlgorithmRule rule = new AlgorithmRule();

	@ParameterizedTest
	@ValueSource(strings = { "RS256", "RS512", "PS256", "ES256" })
	void whenTheAlgorithmIsAsymmetricThenAccepted(String alg) {
		assertThatNoException().isThrownBy(() -> this.rule.check(header(alg)));
	}

	@ParameterizedTest
	@ValueSource(strings = { "HS256", "HS512", "EdDSA" })
	void whenTheAlgorithmIsSymmetricOrNotAllowedThenRefused(String alg) {
		assertThat(catchThrowableOfType(LaunchRejectedException.class, () -> this.rule.check(header(alg))).reason())
			.isEqualTo(RejectionReason.ALGORITHM_NOT_ALLOWED);
	}

	private static JWSHeader header(String alg) {
		return new JWSHeader.Builder(JWSAlgorithm.parse(alg)).keyID("k1").build();
	}

}
