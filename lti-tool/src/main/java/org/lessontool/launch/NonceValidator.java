package org.lessontool.launch;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * lti-checklist C-25, Z-05: the nonce is the login's, and is used once across all
 * replicas: the insert into the shared table is the atomic check.
 */
final class NonceValidator implements ClaimValidator {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final Duration retention;

	NonceValidator(JdbcClient jdbc, Clock clock, Duration retention) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.retention = retention;
	}

	@Override
	public void validate(VerifiedIdToken token) {
		String nonce = token.stringClaim("nonce");
		if (nonce == null) {
			throw new LaunchRejectedException(RejectionReason.CLAIM_MISSING, "the id_token has no nonce");
		}
		if (!nonce.equals(token.login().nonce())) {
			throw new LaunchRejectedException(RejectionReason.NONCE_MISMATCH,
					"the id_token nonce is not the one this login sent");
		}
		try {
			this.jdbc
				.sql("insert into used_nonce (platform_id, nonce, expires_at) values (:platform, :nonce, :expires)")
				.param("platform", token.platform().id())
				.param("nonce", nonce)
				.param("expires",
						OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC).plus(this.retention))
				.update();
		}
		catch (DuplicateKeyException ex) {
			throw new LaunchRejectedException(RejectionReason.NONCE_REPLAYED, "the id_token nonce was used before");
		}
	}

}
