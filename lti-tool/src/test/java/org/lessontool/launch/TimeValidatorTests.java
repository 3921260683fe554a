package org.lessontool.launch;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.util.Date;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lessontool.launch.VerifiedIdTokens.NOW;
import static org.lessontool.launch.VerifiedIdTokens.refusal;

// lti-checklist C-24: exp and iat, within a leeway of 60 s; not older than a login may be
class TimeValidatorTests {

	private final TimeValidator validator = new TimeValidator(Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(60),
			Duration.ofMinutes(10));

	@Test
	void whenExpiredWithinTheLeewayThenAccepted() {
		assertThat(refusal(this.validator, (c) -> c.expirationTime(Date.from(NOW.minusSeconds(59))))).isNull();
	}

	@Test
	void whenExpiredBeyondTheLeewayThenRefused() {
		assertThat(refusal(this.validator, (c) -> c.expirationTime(Date.from(NOW.minusSeconds(61)))))
			.isEqualTo(RejectionReason.TOKEN_EXPIRED);
	}

	@Test
	void whenIssuedInTheFutureBeyondTheLeewayThenRefused() {
		assertThat(refusal(this.validator, (c) -> c.issueTime(Date.from(NOW.plusSeconds(61)))))
			.isEqualTo(RejectionReason.TOKEN_NOT_YET_VALID);
		assertThat(refusal(this.validator, (c) -> c.issueTime(Date.from(NOW.plusSeconds(59))))).isNull();
	}

	@Test
	void whenIssuedLongerAgoThanALoginLivesThenRefused() {
		assertThat(refusal(this.validator, (c) -> c.issueTime(Date.from(NOW.minusSeconds(11 * 60 + 1)))))
			.isEqualTo(RejectionReason.TOKEN_EXPIRED);
	}

	@Test
	void whenExpOrIatIsMissingThenRefused() {
		assertThat(refusal(this.validator, (c) -> c.issueTime(null))).isEqualTo(RejectionReason.CLAIM_MISSING);
		assertThat(refusal(this.validator, (c) -> c.expirationTime(null))).isEqualTo(RejectionReason.CLAIM_MISSING);
	}

}
