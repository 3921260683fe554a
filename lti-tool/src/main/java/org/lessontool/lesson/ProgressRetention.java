package org.lessontool.lesson;

import java.time.Clock;
import java.time.OffsetDateTime;

import org.lessontool.launch.PlatformForgotten;
import org.lessontool.launch.RetentionJob;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reading progress is kept for {@code lti.retention.days}, and deleted with its platform.
 */
@Component
public class ProgressRetention extends RetentionJob {

	private final JdbcClient jdbc;

	ProgressRetention(JdbcClient jdbc, Clock clock, @Value("${lti.retention.days:400}") int days) {
		super(clock, days);
		this.jdbc = jdbc;
	}

	@Override
	public int purge(OffsetDateTime cutoff) {
		return this.jdbc.sql("delete from section_progress where viewed_at < :cutoff").param("cutoff", cutoff).update();
	}

	@EventListener
	void platformForgotten(PlatformForgotten forgotten) {
		this.jdbc.sql("delete from section_progress where scope_key like :pattern escape '\\'")
			.param("pattern", forgotten.scopePattern())
			.update();
	}

}
