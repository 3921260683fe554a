package org.lessontool.grading;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The grade outbox in the shared database. */
@Repository
class DeliveryRepository {

	private static final String SAME_STUDENT_LINK = "platform_id = :platform and scope_key = :scope and subject = :subject "
			+ "and resource_link_id = :link";

	private final JdbcClient jdbc;

	private final JsonMapper json;

	DeliveryRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(Delivery d, OffsetDateTime now) {
		this.jdbc
			.sql("""
					insert into grade_delivery (attempt_id, platform_id, scope_key, subject, resource_link_id, line_items_url,
					line_item_url, scopes, label, score_given, score_maximum, activity_progress, grading_progress,
					score_timestamp, started_at, submitted_at, status, attempts, next_attempt_at, created_at)
					values (:attempt, :platform, :scope, :subject, :link, :lineItems, :lineItem, :scopes, :label, :given,
					:maximum, :activity, :grading, :timestamp, :startedAt, :submittedAt, :status, 0, :now, :now)
					""")
			.param("attempt", d.attemptId())
			.param("platform", d.platformId())
			.param("scope", d.scopeKey())
			.param("subject", d.subject())
			.param("link", d.resourceLinkId())
			.param("lineItems", d.lineItemsUrl())
			.param("lineItem", d.lineItemUrl())
			.param("scopes", this.json.writeValueAsString(d.scopes()))
			.param("label", d.label())
			.param("given", d.scoreGiven())
			.param("maximum", d.scoreMaximum())
			.param("activity", d.activityProgress())
			.param("grading", d.gradingProgress())
			.param("timestamp", d.scoreTimestamp())
			.param("startedAt", d.startedAt())
			.param("submittedAt", d.submittedAt())
			.param("status", d.status().name())
			.param("now", now)
			.update();
	}

	/** The latest score timestamp given to this student on this link, sent or not. */
	Optional<OffsetDateTime> lastTimestamp(StudentLink d) {
		return same("select max(score_timestamp) from grade_delivery where " + SAME_STUDENT_LINK, d)
			.query((rs, row) -> rs.getObject(1, OffsetDateTime.class))
			.optional();
	}

	/** The best score on its way to, or in, the gradebook for this student and link. */
	Optional<Integer> bestScore(StudentLink d) {
		return same("select max(score_given) from grade_delivery where " + SAME_STUDENT_LINK
				+ " and status in ('PENDING', 'SENDING', 'DELIVERED')", d)
			.query((rs, row) -> (Integer) rs.getObject(1, Integer.class))
			.optional();
	}

	/** Ordering: an older score not yet sent is never sent after a newer one. */
	int supersedeOlder(StudentLink d) {
		return same("update grade_delivery set status = 'SUPERSEDED' where " + SAME_STUDENT_LINK
				+ " and status = 'PENDING'", d)
			.update();
	}

	/**
	 * Due deliveries, oldest first, leaving out any whose student and link has an older
	 * delivery still in flight, those of paused platforms ({@link PlatformPauses}) and
	 * those of platforms this replica is busy with.
	 */
	List<Long> findDue(OffsetDateTime now, int limit, java.util.Set<String> busyPlatforms) {
		return this.jdbc
			.sql("""
					select d.id, d.platform_id from grade_delivery d
					where ((d.status = 'PENDING' and d.next_attempt_at <= :now) or (d.status = 'SENDING' and d.locked_until < :now))
					and not exists (select 1 from grade_delivery o where o.platform_id = d.platform_id
					  and o.scope_key = d.scope_key and o.subject = d.subject and o.resource_link_id = d.resource_link_id
					  and o.id < d.id and o.status in ('PENDING', 'SENDING'))
					and not exists (select 1 from grade_pause p where p.platform_id = d.platform_id and p.paused_until > :now)
					order by d.id
					""")
			.param("now", now)
			.query((rs, row) -> busyPlatforms.contains(rs.getString("platform_id")) ? null : rs.getLong("id"))
			.list()
			.stream()
			.filter(java.util.Objects::nonNull)
			.limit(limit)
			.toList();
	}

	/**
	 * Ordering, for a score that was in flight when a newer one came: it could not be
	 * superseded then, so it is now, instead of being sent before the newer one (issue
	 * 18, ScaleOutTests under load).
	 */
	boolean supersedeIfReplaced(long id) {
		return this.jdbc.sql("""
				update grade_delivery set status = 'SUPERSEDED', locked_until = null
				where id = :id and status = 'PENDING' and exists (select 1 from grade_delivery n
				  where n.platform_id = grade_delivery.platform_id and n.scope_key = grade_delivery.scope_key
				  and n.subject = grade_delivery.subject and n.resource_link_id = grade_delivery.resource_link_id
				  and n.id > grade_delivery.id and n.status = 'PENDING')
				""").param("id", id).update() == 1;
	}

	/**
	 * Takes a due delivery for this replica; of two replicas, one wins. A delivery a
	 * newer one has replaced is superseded instead, and not taken.
	 */
	boolean claim(long id, OffsetDateTime now, OffsetDateTime leaseUntil) {
		if (supersedeIfReplaced(id)) {
			return false;
		}
		return this.jdbc
			.sql("""
					update grade_delivery set status = 'SENDING', locked_until = :lease, attempts = attempts + 1
					where id = :id and ((status = 'PENDING' and next_attempt_at <= :now) or (status = 'SENDING' and locked_until < :now))
					""")
			.param("lease", leaseUntil)
			.param("id", id)
			.param("now", now)
			.update() == 1;
	}

	void delivered(long id, OffsetDateTime now) {
		this.jdbc
			.sql("update grade_delivery set status = 'DELIVERED', delivered_at = :now, locked_until = null, "
					+ "last_error = null where id = :id")
			.param("now", now)
			.param("id", id)
			.update();
	}

	void retryAt(long id, OffsetDateTime next, String error) {
		this.jdbc
			.sql("update grade_delivery set status = 'PENDING', next_attempt_at = :next, locked_until = null, "
					+ "last_error = :error where id = :id")
			.param("next", next)
			.param("error", error)
			.param("id", id)
			.update();
		supersedeIfReplaced(id);
	}

	/**
	 * A claimed delivery that was not posted goes back as it was: the claim does not
	 * count as a try, and its platform's pause says when it is due.
	 */
	void putBack(long id, String error) {
		this.jdbc
			.sql("update grade_delivery set status = 'PENDING', attempts = attempts - 1, locked_until = null, "
					+ "last_error = :error where id = :id and status = 'SENDING'")
			.param("error", error)
			.param("id", id)
			.update();
		supersedeIfReplaced(id);
	}

	void failed(long id, String error) {
		this.jdbc
			.sql("update grade_delivery set status = 'FAILED', locked_until = null, last_error = :error where id = :id")
			.param("error", error)
			.param("id", id)
			.update();
	}

	Optional<Delivery> findById(long id) {
		return this.jdbc.sql("select * from grade_delivery where id = :id").param("id", id).query(this::map).optional();
	}

	Optional<Delivery> findByAttempt(String attemptId) {
		return this.jdbc.sql("select * from grade_delivery where attempt_id = :attempt order by id desc")
			.param("attempt", attemptId)
			.query(this::map)
			.list()
			.stream()
			.findFirst();
	}

	private JdbcClient.StatementSpec same(String sql, StudentLink d) {
		return this.jdbc.sql(sql)
			.param("platform", d.platformId())
			.param("scope", d.scopeKey())
			.param("subject", d.subject())
			.param("link", d.resourceLinkId());
	}

	private Delivery map(ResultSet rs, int row) throws SQLException {
		return new Delivery(rs.getLong("id"), rs.getString("attempt_id"), rs.getString("platform_id"),
				rs.getString("scope_key"), rs.getString("subject"), rs.getString("resource_link_id"),
				rs.getString("line_items_url"), rs.getString("line_item_url"),
				this.json.readValue(rs.getString("scopes"), new TypeReference<List<String>>() {
				}), rs.getString("label"), (Integer) rs.getObject("score_given", Integer.class),
				rs.getInt("score_maximum"), rs.getString("activity_progress"), rs.getString("grading_progress"),
				rs.getObject("score_timestamp", OffsetDateTime.class), rs.getObject("started_at", OffsetDateTime.class),
				rs.getObject("submitted_at", OffsetDateTime.class), Delivery.Status.valueOf(rs.getString("status")),
				rs.getInt("attempts"), rs.getString("last_error"));
	}

}
