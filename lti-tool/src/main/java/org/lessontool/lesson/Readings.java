package org.lessontool.lesson;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

import org.lessontool.launch.LaunchContext;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Issue 19: what the lesson page shows of a student's own work, the sections read and the
 * try-it notes, read in one statement.
 */
@Repository
class Readings {

	private final JdbcClient jdbc;

	Readings(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * @param viewed the sections read, first read first
	 * @param notes the try-it notes by section id
	 */
	record Reading(Set<String> viewed, Map<String, String> notes) {
	}

	Reading of(LaunchContext launch) {
		Set<String> viewed = new LinkedHashSet<>();
		Map<String, String> notes = new LinkedHashMap<>();
		this.jdbc.sql("""
				select 0 as kind, section_id, null as response, viewed_at as at from section_progress
				where scope_key = :scope and subject = :subject and resource_link_id = :link
				union all
				select 1, section_id, response, updated_at from try_it_response
				where scope_key = :scope and subject = :subject and resource_link_id = :link
				order by kind, at
				""")
			.param("scope", launch.scope())
			.param("subject", launch.subject())
			.param("link", ProgressRepository.link(launch))
			.query((rs) -> {
				if (rs.getInt("kind") == 0) {
					viewed.add(rs.getString("section_id"));
				}
				else {
					notes.put(rs.getString("section_id"), rs.getString("response"));
				}
			});
		return new Reading(viewed, notes);
	}

}
