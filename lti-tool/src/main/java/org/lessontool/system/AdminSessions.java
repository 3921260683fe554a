package org.lessontool.system;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Admin console sign-ins in the shared database (issue 15, item 7): a signed cookie alone
 * would outlive signing out.
 */
@Component
class AdminSessions {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	AdminSessions(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/** Records a sign-in and returns its id. */
	String start(Duration lifetime) {
		byte[] bytes = new byte[24];
		RANDOM.nextBytes(bytes);
		String id = HexFormat.of().formatHex(bytes);
		OffsetDateTime now = now();
		this.jdbc.sql("insert into admin_session (id, created_at, expires_at) values (:id, :now, :expires)")
			.param("id", id)
			.param("now", now)
			.param("expires", now.plus(lifetime))
			.update();
		return id;
	}

	boolean active(String id) {
		return id != null && id.length() <= 64 && this.jdbc.sql("""
				select count(*) from admin_session where id = :id and revoked_at is null and expires_at > :now
				""").param("id", id).param("now", now()).query(Long.class).single() > 0;
	}

	void end(String id) {
		if (id != null) {
			this.jdbc.sql("update admin_session set revoked_at = :now where id = :id and revoked_at is null")
				.param("id", id)
				.param("now", now())
				.update();
		}
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
	void purge() {
		this.jdbc.sql("delete from admin_session where expires_at < :cutoff")
			.param("cutoff", now().minusDays(1))
			.update();
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

}
