package org.lessontool.launch;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;

/**
 * lti-checklist C-24: exp in the future and iat not in the future, within the leeway, and
 * not older than a login may be.
 */
final class TimeValidator implements ClaimValidator {

	private final Clock clock;

	private final Duration leeway;

	private final Duration maxAge;

	TimeValidator(Clock clock, Duration leeway, Duration maxAge) {
		this.clock = clock;
		this.leeway = leeway;
		this.maxAge = maxAge;
	}

	@Override
	public void validate(VerifiedIdToken token) {
		Instant now = this.clock.instant();
		Date exp = token.claims().getExpirationTime();
		Date iat = token.claims().getIssueTime();
		if (exp == null || iat == null) {
			throw new LaunchRejectedException(RejectionReason.CLAIM_MISSING,
					"the id_token has no " + ((exp == null) ? "exp" : "iat"));
		}
		if (exp.toInstant().plus(this.leeway).isBefore(now)) {
			throw new LaunchRejectedException(RejectionReason.TOKEN_EXPIRED,
					"the id_token expired at " + exp.toInstant());
		}
		if (iat.toInstant().minus(this.leeway).isAfter(now)) {
			throw new LaunchRejectedException(RejectionReason.TOKEN_NOT_YET_VALID,
					"the id_token was issued in the future (" + iat.toInstant() + "); check the platform's clock");
		}
		if (iat.toInstant().plus(this.maxAge).plus(this.leeway).isBefore(now)) {
			throw new LaunchRejectedException(RejectionReason.TOKEN_EXPIRED,
					"the id_token was issued too long ago (" + iat.toInstant() + ")");
		}
	}

}
