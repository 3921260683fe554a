package org.lessontool.lesson;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

import org.lessontool.catalog.LessonCatalog;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** How far each student of a resource link has read, for the teacher view. */
@Component
public class ClassProgress {

	private final JdbcClient jdbc;

	private final LessonCatalog catalog;

	ClassProgress(JdbcClient jdbc, LessonCatalog catalog) {
		this.jdbc = jdbc;
		this.catalog = catalog;
	}

	/**
	 * One student's reading.
	 *
	 * @param sectionsRead how many sections they have read
	 * @param lastReadAt when they last read a new one
	 */
	public record Reading(int sectionsRead, OffsetDateTime lastReadAt) {
	}

	/** The sections that hold a try-it, by id, with the label a teacher reads. */
	public Map<String, String> tryIts() {
		Map<String, String> tryIts = new LinkedHashMap<>();
		this.catalog.content()
			.lesson()
			.sections()
			.stream()
			.filter((section) -> section.blocks()
				.stream()
				.anyMatch((block) -> block.type() == org.lessontool.content.Block.Type.TRY_IT))
			.forEach((section) -> tryIts.put(section.id(), section.label()));
		return tryIts;
	}

	public int sections() {
		return this.catalog.content().lesson().sections().size();
	}

	/** Reading by student, for one resource link in one course. */
	public Map<String, Reading> of(String scopeKey, String resourceLinkId) {
		Map<String, Reading> readings = new LinkedHashMap<>();
		this.jdbc.sql("""
				select subject, count(*) as sections_read, max(viewed_at) as last_read_at from section_progress
				where scope_key = :scope and resource_link_id = :link group by subject
				""").param("scope", scopeKey).param("link", resourceLinkId).query((rs) -> {
			readings.put(rs.getString("subject"),
					new Reading(rs.getInt("sections_read"), rs.getObject("last_read_at", OffsetDateTime.class)));
		});
		return readings;
	}

}
