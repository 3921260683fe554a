package org.lessontool.grading;

import java.time.OffsetDateTime;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Platforms whose grades wait because the platform did not answer one (issue 19): no
 * grade of theirs is due before the pause ends ({@link DeliveryRepository#findDue}), so
 * an LMS that is down sees one round of posts per pause, not one per send interval.
 */
@Repository
class PlatformPauses {

	private final JdbcClient jdbc;

	PlatformPauses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Holds the platform's grades until then; a later pause already set stays. */
	void pause(String platformId, OffsetDateTime until) {
		if (extend(platformId, until) > 0 || exists(platformId)) {
			return;
		}
		try {
			this.jdbc.sql("insert into grade_pause (platform_id, paused_until) values (:id, :until)")
				.param("id", platformId)
				.param("until", until)
				.update();
		}
		catch (DuplicateKeyException ex) {
			// another replica paused it first: keep the later of the two
			extend(platformId, until);
		}
	}

	private int extend(String platformId, OffsetDateTime until) {
		return this.jdbc
			.sql("update grade_pause set paused_until = :until where platform_id = :id and paused_until < :until")
			.param("id", platformId)
			.param("until", until)
			.update();
	}

	private boolean exists(String platformId) {
		return this.jdbc.sql("select count(*) from grade_pause where platform_id = :id")
			.param("id", platformId)
			.query(Integer.class)
			.single() > 0;
	}

}
