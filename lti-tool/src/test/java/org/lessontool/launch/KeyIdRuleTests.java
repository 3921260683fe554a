package org.lessontool.launch;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

// lti-checklist C-19, Z-03: a kid is required, and used only as a bounded lookup key
class KeyIdRuleTests {

	private final KeyIdRule rule = new KeyIdRule();

	@Test
	void whenTheHeaderNamesAKeyThenAccepted() {
		assertThatNoException().isThrownBy(() -> this.rule.check(header("platform-key-1")));
		assertThatNoException().isThrownBy(() -> this.rule.check(header("../../etc/passwd")));
	}

	@Test
	void whenTheKidIsMissingBlankOrTooLongThenRefused() {
		for (String kid : new String[] { null, " ", "k".repeat(256) }) {
			assertThat(catchThrowableOfType(LaunchRejectedException.class, () -> this.rule.check(header(kid))).reason())
				.as("kid %s", kid)
				.isEqualTo(RejectionReason.KID_MISSING);
		}
	}

	private static JWSHeader header(String kid) {
		return new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(kid).build();
	}

}
