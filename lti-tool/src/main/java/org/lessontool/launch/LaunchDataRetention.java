package org.lessontool.launch;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.lessontool.registration.PlatformRemoved;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps launch data only while it is usable: expired login states, used nonces and
 * launches are deleted every few minutes, and a removed platform's at once. Any replica
 * may run either at any time: each delete is idempotent.
 */
@Component
class LaunchDataRetention {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final ApplicationEventPublisher events;

	LaunchDataRetention(JdbcClient jdbc, Clock clock, ApplicationEventPublisher events) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.events = events;
	}

	@Scheduled(fixedDelayString = "${lti.launch.cleanup-interval:PT5M}", initialDelayString = "PT1M")
	void deleteExpired() {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		for (String table : new String[] { "login_state", "launch_context" }) {
			this.jdbc.sql("delete from " + table + " where expires_at < :now").param("now", now).update();
		}
	}

	/**
	 * Deletes the platform's launches, then tells the modules that key their data by
	 * launch scope, which may not use registration themselves.
	 */
	@EventListener
	void platformRemoved(PlatformRemoved removed) {
		for (String table : new String[] { "launch_context", "login_state" }) {
			this.jdbc.sql("delete from " + table + " where platform_id = :id")
				.param("id", removed.platformId())
				.update();
		}
		this.events.publishEvent(
				new PlatformForgotten(removed.platformId(), removed.issuer() + " " + removed.clientId() + " "));
	}

}
