package org.lessontool.registration;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The audit log of registration changes (lti-checklist Z-16). */
@Repository
public class AdminAudit {

	private final JdbcClient jdbc;

	AdminAudit(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public void record(String actor, String action, String detail) {
		this.jdbc
			.sql("insert into admin_audit (occurred_at, actor, action, detail) values (:now, :actor, :action, :detail)")
			.param("now", OffsetDateTime.now(ZoneOffset.UTC))
			.param("actor", actor)
			.param("action", action)
			.param("detail", detail)
			.update();
	}

	public List<Entry> recent(int limit) {
		return this.jdbc.sql("select * from admin_audit order by id desc")
			.query((rs, row) -> new Entry(rs.getObject("occurred_at", OffsetDateTime.class), rs.getString("actor"),
					rs.getString("action"), rs.getString("detail")))
			.list()
			.stream()
			.limit(limit)
			.toList();
	}

	/**
	 * One audited change.
	 *
	 * @param occurredAt when
	 * @param actor who
	 * @param action what
	 * @param detail on what
	 */
	public record Entry(OffsetDateTime occurredAt, String actor, String action, String detail) {
	}

}
