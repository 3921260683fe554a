package org.lessontool.quiz;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.lessontool.launch.PlatformForgotten;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Quiz attempts are kept for {@code lti.retention.days} after they were started, and
 * deleted with their platform. A grade on its way to the LMS carries its own copy of the
 * score, so it is not lost with the attempt.
 */
@Component
public class AttemptRetention {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int days;

	AttemptRetention(JdbcClient jdbc, Clock clock, @Value("${lti.retention.days:400}") int days) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.days = days;
	}

	@Scheduled(cron = "${lti.retention.cron:0 17 3 * * *}")
	void scheduled() {
		purge(OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC).minusDays(this.days));
	}

	public int purge(OffsetDateTime cutoff) {
		return this.jdbc.sql("delete from quiz_attempt where started_at < :cutoff").param("cutoff", cutoff).update();
	}

	@EventListener
	void platformForgotten(PlatformForgotten forgotten) {
		this.jdbc.sql("delete from quiz_attempt where platform_id = :id").param("id", forgotten.platformId()).update();
	}

}
