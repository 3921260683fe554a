package org.lessontool.launch;

import java.time.OffsetDateTime;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Login states in the shared database, so a launch may land on any replica. */
@Repository
class LoginStateRepository {

	private final JdbcClient jdbc;

	LoginStateRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void save(LoginState state) {
		this.jdbc.sql("""
				insert into login_state (state, nonce, platform_id, target_link_uri, lti_deployment_id, storage_target,
				expires_at, relaunch_url)
				values (:state, :nonce, :platformId, :target, :deployment, :storage, :expiresAt, :relaunch)
				""")
			.param("state", state.state())
			.param("nonce", state.nonce())
			.param("platformId", state.platformId())
			.param("target", state.targetLinkUri())
			.param("deployment", state.ltiDeploymentId())
			.param("storage", state.storageTarget())
			.param("expiresAt", state.expiresAt())
			.param("relaunch", state.relaunchUrl())
			.update();
	}

	/**
	 * Consumes a state: of two requests presenting the same state, only one gets it
	 * (lti-checklist Z-05).
	 */
	@Transactional
	public Optional<LoginState> take(String state) {
		Optional<LoginState> found = this.jdbc.sql("select * from login_state where state = :state")
			.param("state", state)
			.query((rs, row) -> new LoginState(rs.getString("state"), rs.getString("nonce"),
					rs.getString("platform_id"), rs.getString("target_link_uri"), rs.getString("lti_deployment_id"),
					rs.getString("storage_target"), rs.getObject("expires_at", OffsetDateTime.class),
					rs.getString("relaunch_url")))
			.optional();
		if (found.isEmpty()) {
			return found;
		}
		int deleted = this.jdbc.sql("delete from login_state where state = :state").param("state", state).update();
		return (deleted == 1) ? found : Optional.empty();
	}

}
