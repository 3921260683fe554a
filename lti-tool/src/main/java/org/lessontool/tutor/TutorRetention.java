package org.lessontool.tutor;

import java.time.OffsetDateTime;

import org.lessontool.launch.PlatformForgotten;
import org.lessontool.support.Purgeable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tutor questions are kept for {@code lti.retention.days}, and deleted with its platform.
 */
@Component
public class TutorRetention implements Purgeable {

	private final JdbcClient jdbc;

	TutorRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
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
