package org.lessontool.quiz;

import java.time.OffsetDateTime;

import org.lessontool.launch.PlatformForgotten;
import org.lessontool.support.Purgeable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Quiz attempts are kept for {@code lti.retention.days} after they were started, and
 * deleted with their platform. A grade on its way to the LMS carries its own copy of the
 * score, so it is not lost with the attempt.
 */
@Component
public class AttemptRetention implements Purgeable {

	private final JdbcClient jdbc;

	AttemptRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int purge(OffsetDateTime cutoff) {
		return this.jdbc.sql("delete from quiz_attempt where started_at < :cutoff").param("cutoff", cutoff).update();
	}

	@EventListener
	void platformForgotten(PlatformForgotten forgotten) {
		this.jdbc.sql("delete from quiz_attempt where platform_id = :id").param("id", forgotten.platformId()).update();
	}

}
