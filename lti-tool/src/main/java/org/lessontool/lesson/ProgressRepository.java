package org.lessontool.lesson;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Set;

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

	Set<String> viewed(LaunchContext launch) {
		return new LinkedHashSet<>(this.jdbc.sql("""
				select section_id from section_progress where scope_key = :scope and subject = :subject
				and resource_link_id = :link order by viewed_at
				""")
			.param("scope", launch.scope())
			.param("subject", launch.subject())
			.param("link", link(launch))
			.query(String.class)
			.list());
	}

	private static String link(LaunchContext launch) {
		return (launch.resourceLinkId() != null) ? launch.resourceLinkId() : "";
	}

}
