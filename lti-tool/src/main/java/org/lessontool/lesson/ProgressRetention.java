package org.lessontool.lesson;

import java.time.OffsetDateTime;

import org.lessontool.launch.PlatformForgotten;
import org.lessontool.support.Purgeable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reading progress and try-it notes are kept for {@code lti.retention.days}, and deleted
 * with their platform.
 */
@Component
public class ProgressRetention implements Purgeable {

	private final JdbcClient jdbc;

	ProgressRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int purge(OffsetDateTime cutoff) {
		return this.jdbc.sql("delete from section_progress where viewed_at < :cutoff").param("cutoff", cutoff).update()
				+ this.jdbc.sql("delete from try_it_response where updated_at < :cutoff")
					.param("cutoff", cutoff)
					.update();
	}

	@EventListener
	void platformForgotten(PlatformForgotten forgotten) {
		for (String table : new String[] { "section_progress", "try_it_response" }) {
			this.jdbc.sql("delete from " + table + " where scope_key like :pattern escape '\\'")
				.param("pattern", forgotten.scopePattern())
				.update();
		}
	}

}
