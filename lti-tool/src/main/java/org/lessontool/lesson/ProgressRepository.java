package org.lessontool.lesson;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.lessontool.launch.LaunchContext;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The sections each student has read, kept on the server so progress follows the LMS
 * account.
 */
@Repository
class ProgressRepository {

	private final JdbcClient jdbc;

	ProgressRepository(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	void viewed(LaunchContext launch, String sectionId) {
		try {
			this.jdbc.sql("""
					insert into section_progress (scope_key, subject, resource_link_id, section_id, viewed_at)
					values (:scope, :subject, :link, :section, :now)
					""")
				.param("scope", launch.scope())
				.param("subject", launch.subject())
				.param("link", link(launch))
				.param("section", sectionId)
				.param("now", OffsetDateTime.now(ZoneOffset.UTC))
				.update();
		}
		catch (DuplicateKeyException ex) {
			// read before: the first time counts
		}
	}

	/** The resource link a row is kept under; none is "". */
	static String link(LaunchContext launch) {
		return (launch.resourceLinkId() != null) ? launch.resourceLinkId() : "";
	}

}
