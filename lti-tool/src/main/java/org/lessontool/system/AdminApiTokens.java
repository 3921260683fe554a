package org.lessontool.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * API tokens the admin creates for automation (issue 15, item 7): the token is shown once
 * and only its hash is kept; each expires, records when it was last used, and can be
 * revoked. A token is named in lists by the first characters of its hash, never by
 * itself.
 */
@Component
class AdminApiTokens {

	/** The longest life a token may be given. */
	static final int MAX_DAYS = 365;

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcClient jdbc;

	private final Clock clock;

	AdminApiTokens(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * Creates a token that lasts the given days (1 to 365) and returns it: the only time
	 * it can be read.
	 */
	String create(String label, int days) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = "lt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		OffsetDateTime now = now();
		this.jdbc.sql("""
				insert into admin_api_token (token_hash, label, created_at, expires_at)
				values (:h, :l, :now, :expires)
				""")
			.param("h", hash(token))
			.param("l", (label.length() > 100) ? label.substring(0, 100) : label)
			.param("now", now)
			.param("expires", now.plus(Duration.ofDays(Math.max(1, Math.min(MAX_DAYS, days)))))
			.update();
		return token;
	}

	/** Whether the token is known, unexpired and not revoked; a valid use is recorded. */
	boolean valid(String token) {
		if (token == null || token.length() > 100) {
			return false;
		}
		OffsetDateTime now = now();
		return this.jdbc.sql("""
				update admin_api_token set last_used_at = :now
				where token_hash = :h and revoked_at is null and expires_at > :now
				""").param("h", hash(token)).param("now", now).update() == 1;
	}

	List<Listed> list() {
		return this.jdbc.sql("select * from admin_api_token order by created_at desc")
			.query((rs, row) -> new Listed(rs.getString("token_hash").substring(0, 12), rs.getString("label"),
					rs.getObject("created_at", OffsetDateTime.class), rs.getObject("expires_at", OffsetDateTime.class),
					rs.getObject("last_used_at", OffsetDateTime.class),
					rs.getObject("revoked_at", OffsetDateTime.class)))
			.list();
	}

	/** Revokes the token whose hash starts with the id; returns whether one was. */
	boolean revoke(String id) {
		if (id == null || !id.matches("[0-9a-f]{12}")) {
			return false;
		}
		return this.jdbc
			.sql("update admin_api_token set revoked_at = :now where token_hash like :prefix and revoked_at is null")
			.param("now", now())
			.param("prefix", id + "%")
			.update() > 0;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

	private static String hash(String token) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/**
	 * A token as the console lists it.
	 *
	 * @param id the first characters of its hash
	 * @param label what it is for
	 * @param createdAt when it was made
	 * @param expiresAt when it stops working
	 * @param lastUsedAt when it last authenticated a call, if ever
	 * @param revokedAt when it was revoked, if it was
	 */
	record Listed(String id, String label, OffsetDateTime createdAt, OffsetDateTime expiresAt,
			OffsetDateTime lastUsedAt, OffsetDateTime revokedAt) {

		public boolean active(OffsetDateTime now) {
			return this.revokedAt == null && this.expiresAt != null && this.expiresAt.isAfter(now);
		}

	}

}
