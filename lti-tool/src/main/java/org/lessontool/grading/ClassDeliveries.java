package org.lessontool.grading;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Where each student's grade stands for the teacher view, and the teacher's "resend": a
 * delivery that failed, or is waiting, is tried again at once.
 */
@Component
public class ClassDeliveries {

	private static final Logger logger = LoggerFactory.getLogger(ClassDeliveries.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	ClassDeliveries(JdbcClient jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	/**
	 * A student's latest grade delivery that counts.
	 *
	 * @param id the delivery id, for resend
	 * @param status PENDING, SENDING, DELIVERED, FAILED, KEPT_BEST or NOT_GRADED
	 * @param scoreGiven the score it carries
	 * @param lastError the LMS's last answer, when it failed
	 * @param deliveredAt when the LMS took it
	 */
	public record Status(long id, String status, Integer scoreGiven, String lastError, OffsetDateTime deliveredAt) {

		public boolean resendable() {
			return "FAILED".equals(this.status) || "PENDING".equals(this.status);
		}

	}

	/** By student, the newest delivery that was not replaced by a later one. */
	public Map<String, Status> of(String platformId, String scopeKey, String resourceLinkId) {
		Map<String, Status> latest = new LinkedHashMap<>();
		this.jdbc.sql("""
				select id, subject, status, score_given, last_error, delivered_at from grade_delivery
				where platform_id = :platform and scope_key = :scope and resource_link_id = :link
				and status <> 'SUPERSEDED' and activity_progress = 'Completed' order by id
				""")
			.param("platform", platformId)
			.param("scope", scopeKey)
			.param("link", resourceLinkId)
			.query((rs) -> {
				latest.put(rs.getString("subject"),
						new Status(rs.getLong("id"), rs.getString("status"),
								(Integer) rs.getObject("score_given", Integer.class), rs.getString("last_error"),
								rs.getObject("delivered_at", OffsetDateTime.class)));
			});
		return latest;
	}

	/**
	 * Z-11: only a delivery of this course and link can be resent, and never one that a
	 * later score has overtaken; the sender picks it up on its next run.
	 * @return whether a delivery was put back in the queue
	 */
	public boolean resend(long id, String platformId, String scopeKey, String resourceLinkId) {
		int changed = this.jdbc
			.sql("""
					update grade_delivery d set status = 'PENDING', attempts = 0, next_attempt_at = :now, locked_until = null
					where d.id = :id and d.platform_id = :platform and d.scope_key = :scope and d.resource_link_id = :link
					and d.status in ('FAILED', 'PENDING')
					and not exists (select 1 from grade_delivery n where n.platform_id = d.platform_id
					  and n.scope_key = d.scope_key and n.subject = d.subject and n.resource_link_id = d.resource_link_id
					  and n.id > d.id and n.status in ('PENDING', 'SENDING', 'DELIVERED'))
					""")
			.param("now", OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC))
			.param("id", id)
			.param("platform", platformId)
			.param("scope", scopeKey)
			.param("link", resourceLinkId)
			.update();
		if (changed == 1) {
			logger.info("Grade delivery {} queued again by a teacher", id);
		}
		return changed == 1;
	}

}
