package org.lessontool.admin;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.lessontool.launch.LaunchRefused;
import org.lessontool.launch.RejectionReason;
import org.lessontool.registration.PlatformRemoved;
import org.lessontool.support.Purgeable;
import org.lessontool.support.Untrusted;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The last refused launches with their reasons, kept for the admin console
 * ({@link LaunchRefused}) as long as {@code lti.retention.days}, and deleted with their
 * platform.
 */
@Repository
public class LaunchFailures implements Purgeable {

	private final JdbcClient jdbc;

	private final Clock clock;

	LaunchFailures(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@EventListener
	void record(LaunchRefused refused) {
		OffsetDateTime now = OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
		// issue 15, item 6: the same refusal (reason, platform and words) within the hour
		// adds to the count of the row already there; varied refusals are bounded per
		// client address instead (LaunchExceptionHandler)
		Map<String, Object> row = new HashMap<>();
		row.put("now", now);
		row.put("since", now.minusHours(1));
		row.put("reason", refused.reason().name());
		row.put("detail", Untrusted.bounded(refused.detail()));
		row.put("issuer", truncate(refused.issuer()));
		row.put("clientId", truncate(refused.clientId()));
		row.put("deploymentId", truncate(refused.deploymentId()));
		int repeated = this.jdbc
			.sql("""
					update launch_failure set repeats = repeats + 1, last_at = :now
					where id = (select max(id) from launch_failure
					  where reason = :reason and occurred_at > :since and detail = :detail and issuer is not distinct from :issuer
					  and client_id is not distinct from :clientId and deployment_id is not distinct from :deploymentId)
					""")
			.params(row)
			.update();
		if (repeated == 0) {
			this.jdbc.sql("""
					insert into launch_failure (occurred_at, reason, detail, issuer, client_id, deployment_id)
					values (:now, :reason, :detail, :issuer, :clientId, :deploymentId)
					""").params(row).update();
		}
	}

	@Override
	public int purge(OffsetDateTime cutoff) {
		return this.jdbc.sql("delete from launch_failure where occurred_at < :cutoff").param("cutoff", cutoff).update();
	}

	@EventListener
	void platformRemoved(PlatformRemoved removed) {
		this.jdbc.sql("delete from launch_failure where issuer = :issuer and client_id = :client")
			.param("issuer", removed.issuer())
			.param("client", removed.clientId())
			.update();
	}

	/** The most recent failures, newest first. */
	public List<Failure> recent(int limit) {
		// issue 15 item 6: the page reads its rows, never the whole table
		return this.jdbc
			.sql("select * from launch_failure order by coalesce(last_at, occurred_at) desc, id desc limit :limit")
			.param("limit", limit)
			.query((rs, row) -> new Failure(rs.getObject("occurred_at", OffsetDateTime.class),
					RejectionReason.valueOf(rs.getString("reason")), rs.getString("detail"), rs.getString("issuer"),
					rs.getString("client_id"), rs.getString("deployment_id"), rs.getInt("repeats"),
					rs.getObject("last_at", OffsetDateTime.class)))
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
	 * @param repeats how many times it happened within the hour after the first
	 * @param lastAt when it last happened, if more than once
	 */
	public record Failure(OffsetDateTime occurredAt, RejectionReason reason, String detail, String issuer,
			String clientId, String deploymentId, int repeats, OffsetDateTime lastAt) {
	}

}
