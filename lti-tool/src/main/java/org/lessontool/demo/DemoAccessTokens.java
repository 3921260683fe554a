package org.lessontool.demo;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.context.annotation.Profile;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Checks the bearer tokens the demo's token endpoint issued, scope by scope. */
@Component
@Profile("default | demo")
class DemoAccessTokens {

	private final JdbcClient jdbc;

	DemoAccessTokens(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	boolean authorized(String header, String scope) {
		if (header == null || !header.startsWith("Bearer ")) {
			return false;
		}
		return this.jdbc.sql("select scopes from demo_access_token where token = :t and expires_at > :now")
			.param("t", header.substring(7))
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.query(String.class)
			.optional()
			.filter((scopes) -> scopes.contains(scope))
			.isPresent();
	}

}
