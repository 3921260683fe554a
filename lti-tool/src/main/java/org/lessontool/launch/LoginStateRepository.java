package org.lessontool.launch;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.lessontool.support.SqlDialect;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Login states in the shared database, so a launch may land on any replica. */
@Repository
class LoginStateRepository {

	private final JdbcClient jdbc;

	private final String take;

	LoginStateRepository(JdbcClient jdbc, SqlDialect dialect) {
		this.jdbc = jdbc;
		this.take = dialect.updateReturning("""
				update login_state set used_at = :now, expires_at = :keepUntil
				where state = :state and used_at is null and expires_at > :now""");
	}

	/**
	 * Stores the login unless its client address already has {@code limit} logins started
	 * and not finished, in one statement (issue 15, item 6; issue 19): a login writes a
	 * row, so an address may not write rows without end. Parallel logins may pass the
	 * limit by a few; a flood cannot.
	 * @return whether the login was stored
	 */
	boolean save(LoginState state, String clientKey, OffsetDateTime now, int limit) {
		return this.jdbc.sql("""
				insert into login_state (state, nonce, platform_id, target_link_uri, lti_deployment_id, storage_target,
				expires_at, relaunch_url, client_key)
				select :state, :nonce, :platformId, :target, :deployment, :storage, :expiresAt, :relaunch, :client
				where (select count(*) from login_state
				where client_key = :client and used_at is null and expires_at > :now) < :limit
				""")
			.param("state", state.state())
			.param("nonce", state.nonce())
			.param("platformId", state.platformId())
			.param("target", state.targetLinkUri())
			.param("deployment", state.ltiDeploymentId())
			.param("storage", state.storageTarget())
			.param("expiresAt", state.expiresAt())
			.param("relaunch", state.relaunchUrl())
			.param("client", clientKey)
			.param("now", now)
			.param("limit", limit)
			.update() == 1;
	}

	/**
	 * Consumes a state in one statement that marks it used and returns it: of two
	 * requests presenting the same state, only one gets it (lti-checklist Z-05). The used
	 * row keeps the login's nonce on record until {@code keepUntil}, so a nonce is never
	 * accepted twice (C-25).
	 * @return the state, unless it is unknown, expired or used
	 */
	public Optional<LoginState> take(String state, OffsetDateTime now, OffsetDateTime keepUntil) {
		return this.jdbc.sql(this.take)
			.param("state", state)
			.param("now", now)
			.param("keepUntil", keepUntil)
			.query((rs, row) -> new LoginState(rs.getString("state"), rs.getString("nonce"),
					rs.getString("platform_id"), rs.getString("target_link_uri"), rs.getString("lti_deployment_id"),
					rs.getString("storage_target"), rs.getObject("expires_at", OffsetDateTime.class),
					rs.getString("relaunch_url")))
			.optional();
	}

}
