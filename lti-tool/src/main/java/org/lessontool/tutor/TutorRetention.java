package org.lessontool.tutor;

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
 * Tutor questions are kept for {@code lti.retention.days}, and deleted with its platform.
 */
@Component
public class TutorRetention {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final int days;

	TutorRetention(JdbcClient jdbc, Clock clock, @Value("${lti.retention.days:400}") int days) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.days = days;
	}

	@Scheduled(cron = "${lti.retention.cron:0 17 3 * * *}")
	void scheduled() {
		purge(OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC).minusDays(this.days));
	}

	public int purge(OffsetDateTime cutoff) {
		return this.jdbc.sql("delete from tutor_question where asked_at < :cutoff").param("cutoff", cutoff).update();
	}

	@EventListener
	void platformForgotten(PlatformForgotten forgotten) {
		this.jdbc.sql("delete from tutor_question where scope_key like :pattern escape '\\'")
			.param("pattern", forgotten.scopePattern())
			.update();
	}

}
