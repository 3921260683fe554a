package org.lessontool.lesson;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.lessontool.launch.LaunchContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each student wrote under a try-it, kept with their progress on the server, so it
 * follows the LMS account and the teacher can read it.
 */
@Repository
public class TryItResponses {

	/** The longest note a student may save, in characters. */
	public static final int LIMIT = 2000;

	private final JdbcClient jdbc;

	TryItResponses(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** Saves or replaces the launched student's note for a section; blank removes it. */
	@Transactional
	void save(LaunchContext launch, String sectionId, String response) {
		this.jdbc.sql("""
				delete from try_it_response where scope_key = :scope and subject = :subject
				and resource_link_id = :link and section_id = :section
				""")
			.param("scope", launch.scope())
			.param("subject", launch.subject())
			.param("link", ProgressRepository.link(launch))
			.param("section", sectionId)
			.update();
		if (response.isBlank()) {
			return;
		}
		this.jdbc.sql("""
				insert into try_it_response (scope_key, subject, resource_link_id, section_id, response, updated_at)
				values (:scope, :subject, :link, :section, :response, :now)
				""")
			.param("scope", launch.scope())
			.param("subject", launch.subject())
			.param("link", ProgressRepository.link(launch))
			.param("section", sectionId)
			.param("response", response)
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.update();
	}

	/** Every student's notes on one activity: section id by student. */
	public Map<String, Map<String, String>> forLink(String scopeKey, String resourceLinkId) {
		Map<String, Map<String, String>> notes = new LinkedHashMap<>();
		this.jdbc.sql("""
				select subject, section_id, response from try_it_response where scope_key = :scope
				and resource_link_id = :link order by subject, section_id
				""").param("scope", scopeKey).param("link", resourceLinkId).query((rs) -> {
			notes.computeIfAbsent(rs.getString("subject"), (s) -> new LinkedHashMap<>())
				.put(rs.getString("section_id"), rs.getString("response"));
		});
		return notes;
	}

}
