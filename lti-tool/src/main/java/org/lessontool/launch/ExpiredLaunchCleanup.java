package org.lessontool.launch;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes expired login states, used nonces and launches. Any replica may run it at any
 * time: each delete is idempotent.
 */
@Component
class ExpiredLaunchCleanup {

	private final LoginStateRepository states;

	private final LaunchContextRepository launches;

	private final JdbcClient jdbc;

	private final Clock clock;

	ExpiredLaunchCleanup(LoginStateRepository states, LaunchContextRepository launches, JdbcClient jdbc, Clock clock) {
		this.states = states;
		this.launches = launches;
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Scheduled(fixedDelayString = "${lti.launch.cleanup-interval:PT5M}", initialDelayString = "PT1M")
	void deleteExpired() {
		OffsetDateTime now = OffsetDateTime.now(this.clock);
		this.states.deleteExpired(now);
		this.launches.deleteExpired(now);
		this.jdbc.sql("delete from used_nonce where expires_at < :now").param("now", now).update();
	}

}
