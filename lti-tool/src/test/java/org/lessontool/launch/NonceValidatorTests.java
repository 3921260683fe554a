package org.lessontool.launch;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;

import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;
import static org.lessontool.launch.VerifiedIdTokens.NOW;
import static org.lessontool.launch.VerifiedIdTokens.refusal;
import static org.lessontool.launch.VerifiedIdTokens.unchanged;

/**
 * lti-checklist C-25: the nonce is the login's; Z-05: it is used once, across replicas,
 * because the insert into the shared table is the check. Against the real schema.
 */
class NonceValidatorTests {

	private NonceValidator validator;

	private JdbcClient jdbc;

	@BeforeEach
	void schema() {
		JdbcDataSource dataSource = new JdbcDataSource();
		dataSource.setURL("jdbc:h2:mem:nonce-" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
		Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
		this.jdbc = JdbcClient.create(dataSource);
		this.validator = new NonceValidator(this.jdbc, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofMinutes(12));
	}

	@Test
	void whenTheNonceIsTheLoginsAndNewThenAcceptedAndRecorded() {
		assertThat(refusal(this.validator, unchanged())).isNull();
		assertThat(
				this.jdbc.sql("select count(*) from used_nonce where nonce = 'nonce-1'").query(Integer.class).single())
			.isEqualTo(1);
	}

	@Test
	void whenTheSameNonceComesAgainThenRefusedAsReplayed() {
		assertThat(refusal(this.validator, unchanged())).isNull();
		assertThat(refusal(this.validator, unchanged())).isEqualTo(RejectionReason.NONCE_REPLAYED);
	}

	@Test
	void whenTheNonceIsNotTheLoginsOrMissingThenRefused() {
		assertThat(refusal(this.validator, (c) -> c.claim("nonce", "another")))
			.isEqualTo(RejectionReason.NONCE_MISMATCH);
		assertThat(refusal(this.validator, (c) -> c.claim("nonce", null))).isEqualTo(RejectionReason.CLAIM_MISSING);
	}

}
