package org.lessontool.launch;

import java.time.OffsetDateTime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lessontool.registration.PlatformRemoved;
import org.lessontool.support.Purgeable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps launch records only as long as a school needs them: who launched, and refused
 * launches, are deleted after {@code lti.retention.days}; a removed platform's are
 * deleted at once. Every replica may run the purge: deleting twice deletes nothing more.
 */
@Component
public class LaunchDataRetention implements Purgeable {

	private static final Logger logger = LoggerFactory.getLogger(LaunchDataRetention.class);

	private final JdbcClient jdbc;

	private final ApplicationEventPublisher events;

	LaunchDataRetention(JdbcClient jdbc, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.events = events;
	}

	@Override
	public int purge(OffsetDateTime cutoff) {
		int deleted = this.jdbc.sql("delete from course_member where last_launch_at < :cutoff")
			.param("cutoff", cutoff)
			.update()
				+ this.jdbc.sql("delete from launch_failure where occurred_at < :cutoff")
					.param("cutoff", cutoff)
					.update();
		if (deleted > 0) {
			logger.info("Retention: deleted {} launch records older than {}", deleted, cutoff);
		}
		return deleted;
	}

	@EventListener
	void platformRemoved(PlatformRemoved removed) {
		String prefix = removed.issuer() + " " + removed.clientId() + " ";
		PlatformForgotten forgotten = new PlatformForgotten(removed.platformId(), prefix);
		for (String table : new String[] { "launch_context", "login_state", "used_nonce" }) {
			this.jdbc.sql("delete from " + table + " where platform_id = :id")
				.param("id", removed.platformId())
				.update();
		}
		this.jdbc.sql("delete from launch_failure where issuer = :issuer and client_id = :client")
			.param("issuer", removed.issuer())
			.param("client", removed.clientId())
			.update();
		this.jdbc.sql("delete from course_member where scope_key like :pattern escape '\\'")
			.param("pattern", forgotten.scopePattern())
			.update();
		this.events.publishEvent(forgotten);
	}

}
