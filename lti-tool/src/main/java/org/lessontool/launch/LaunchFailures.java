package org.lessontool.launch;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.lessontool.support.Untrusted;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The last refused launches with their reasons, kept for the admin console. */
@Repository
public class LaunchFailures {

	private final JdbcClient jdbc;

	private final Clock clock;

	LaunchFailures(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	void record(LaunchRejectedException rejection) {
		LaunchRejectedException.LaunchAttempt attempt = rejection.attempt();
		this.jdbc.sql("""
				insert into launch_failure (occurred_at, reason, detail, issuer, client_id, deployment_id)
				values (:now, :reason, :detail, :issuer, :clientId, :deploymentId)
				""")
			.param("now", OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC))
			.param("reason", rejection.reason().name())
			.param("detail", Untrusted.bounded(rejection.getMessage()))
			.param("issuer", truncate(attempt.issuer()))
			.param("clientId", truncate(attempt.clientId()))
			.param("deploymentId", truncate(attempt.deploymentId()))
			.update();
	}

	/** The most recent failures, newest first. */
	public List<Failure> recent(int limit) {
		// issue 15 item 6: the page reads its rows, never the whole table
		return this.jdbc.sql("select * from launch_failure order by occurred_at desc, id desc limit :limit")
			.param("limit", limit)
			.query((rs, row) -> new Failure(rs.getObject("occurred_at", OffsetDateTime.class),
					RejectionReason.valueOf(rs.getString("reason")), rs.getString("detail"), rs.getString("issuer"),
					rs.getString("client_id"), rs.getString("deployment_id")))
			.list();
	}

	private static String truncate(String value) {
		return (value == null || value.length() <= 250) ? value : value.substring(0, 250) + "…";
	}

	/**
	 * One refused launch.
	 *
	 * @param occurredAt when
	 * @param reason why, as a code
	 * @param detail why, for an admin
	 * @param issuer the platform, if known
	 * @param clientId the client id, if known
	 * @param deploymentId the deployment, if known
	 */
	public record Failure(OffsetDateTime occurredAt, RejectionReason reason, String detail, String issuer,
			String clientId, String deploymentId) {
	}

}
