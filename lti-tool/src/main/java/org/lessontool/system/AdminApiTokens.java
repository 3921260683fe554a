package org.lessontool.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * API tokens the admin creates for automation; the token is shown once, only its hash is
 * kept.
 */
@Component
class AdminApiTokens {

	private final JdbcClient jdbc;

	AdminApiTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Creates a token and returns it: the only time it can be read. */
	String create(String label) {
		byte[] bytes = new byte[32];
		new SecureRandom().nextBytes(bytes);
		String token = "lt_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		this.jdbc.sql("insert into admin_api_token (token_hash, label, created_at) values (:h, :l, :now)")
			.param("h", hash(token))
			.param("l", label)
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.update();
		return token;
	}

	boolean valid(String token) {
		return token != null && this.jdbc.sql("select count(*) from admin_api_token where token_hash = :h")
			.param("h", hash(token))
			.query(Long.class)
			.single() > 0;
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

}
