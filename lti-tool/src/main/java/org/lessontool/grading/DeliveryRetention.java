package org.lessontool.grading;

import java.time.OffsetDateTime;

import org.lessontool.launch.PlatformForgotten;
import org.lessontool.support.Purgeable;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finished grade deliveries are kept for {@code lti.retention.days}. A grade still on its
 * way to the LMS is never purged for age; only removing its platform deletes it, with its
 * pause ({@link PlatformPauses}: one row per platform at most, so not purged for age).
 */
@Component
public class DeliveryRetention implements Purgeable {

	private final JdbcClient jdbc;

	DeliveryRetention(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	public int purge(OffsetDateTime cutoff) {
		return this.jdbc
			.sql("delete from grade_delivery where created_at < :cutoff and status not in ('PENDING', 'SENDING')")
			.param("cutoff", cutoff)
			.update();
	}

	@EventListener
	void platformForgotten(PlatformForgotten forgotten) {
		this.jdbc.sql("delete from grade_delivery where platform_id = :id")
			.param("id", forgotten.platformId())
			.update();
		this.jdbc.sql("delete from grade_pause where platform_id = :id").param("id", forgotten.platformId()).update();
		this.jdbc.sql("delete from line_item_link where platform_id = :id")
			.param("id", forgotten.platformId())
			.update();
	}

}
