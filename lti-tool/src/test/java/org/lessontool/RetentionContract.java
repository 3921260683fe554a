package org.lessontool;

import java.time.OffsetDateTime;
import java.util.List;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.lessontool.grading.DeliveryRetention;
import org.lessontool.lesson.ProgressRetention;
import org.lessontool.quiz.AttemptRetention;
import org.lessontool.tutor.TutorRetention;

import org.lessontool.support.Purgeable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Data older than the retention period is purged, table by table; newer data stays, and a
 * grade still on its way to the LMS is never purged for age.
 */
abstract class RetentionContract {

	static final OffsetDateTime NOW = OffsetDateTime.now(ZoneOffset.UTC);

	static final OffsetDateTime OLD = NOW.minusDays(500);

	static final OffsetDateTime CUTOFF = NOW.minusDays(400);

	@Autowired
	JdbcClient jdbc;

	/** Every module's purge: course members, refused launches, and those below. */
	@Autowired
	List<Purgeable> purgeables;

	@Autowired
	ProgressRetention progress;

	@Autowired
	AttemptRetention attempts;

	@Autowired
	DeliveryRetention deliveries;

	@Autowired
	TutorRetention tutor;

	@Test
	void oldDataIsPurgedAndRecentDataKept() {
		// lti-checklist Z-16: personal data is kept only for the retention period
		for (OffsetDateTime at : new OffsetDateTime[] { OLD, NOW }) {
			String who = (at == OLD) ? "old" : "new";
			this.jdbc
				.sql("""
						insert into course_member (scope_key, resource_link_id, subject, experience, first_launch_at, last_launch_at)
						values ('s', 'l', :who, 'LEARNER', :at, :at)""")
				.param("who", who)
				.param("at", at)
				.update();
			this.jdbc
				.sql("insert into launch_failure (occurred_at, reason, detail) values (:at, 'TOKEN_EXPIRED', :who)")
				.param("who", who)
				.param("at", at)
				.update();
			this.jdbc.sql("""
					insert into section_progress (scope_key, subject, resource_link_id, section_id, viewed_at)
					values ('s', :who, 'l', 's1', :at)""").param("who", who).param("at", at).update();
			this.jdbc
				.sql("""
						insert into quiz_attempt (id, scope_key, platform_id, subject, resource_link_id, number, status, test_user,
						max_score, started_at) values (:who, 's', 'p', :who, 'l', 1, 'OPEN', false, 15, :at)""")
				.param("who", who)
				.param("at", at)
				.update();
			this.jdbc
				.sql("""
						insert into tutor_question (scope_key, resource_link_id, launch_id, question, normalized, answered, asked_at)
						values ('s', 'l', :who, 'q', 'q', true, :at)""")
				.param("who", who)
				.param("at", at)
				.update();
			delivery(who + "-delivered", "DELIVERED", at);
		}
		delivery("old-waiting", "PENDING", OLD);

		assertThat(this.progress.purge(CUTOFF)).isEqualTo(1);
		assertThat(this.attempts.purge(CUTOFF)).isEqualTo(1);
		assertThat(this.tutor.purge(CUTOFF)).isEqualTo(1);
		assertThat(this.deliveries.purge(CUTOFF)).isEqualTo(1);
		assertThat(this.purgeables.stream().mapToInt((purgeable) -> purgeable.purge(CUTOFF)).sum())
			.as("the old course member and refused launch")
			.isEqualTo(2);

		assertThat(subjects("course_member")).containsExactly("new");
		assertThat(subjects("section_progress")).containsExactly("new");
		assertThat(subjects("quiz_attempt")).containsExactly("new");
		assertThat(this.jdbc.sql("select detail from launch_failure where detail in ('old', 'new')")
			.query(String.class)
			.list()).containsExactly("new");
		assertThat(this.jdbc.sql("select launch_id from tutor_question where launch_id in ('old', 'new')")
			.query(String.class)
			.list()).containsExactly("new");
		assertThat(this.jdbc
			.sql("select attempt_id from grade_delivery where platform_id = 'p-retention' order by attempt_id")
			.query(String.class)
			.list()).containsExactly("new-delivered", "old-waiting");
		// a second run deletes nothing more
		assertThat(this.purgeables.stream().mapToInt((purgeable) -> purgeable.purge(CUTOFF)).sum()).isZero();
	}

	void delivery(String attempt, String status, OffsetDateTime at) {
		this.jdbc
			.sql("""
					insert into grade_delivery (attempt_id, platform_id, scope_key, subject, resource_link_id, scopes, label,
					score_given, score_maximum, activity_progress, grading_progress, score_timestamp, started_at, submitted_at,
					status, attempts, next_attempt_at, created_at) values (:attempt, 'p-retention', 's', :attempt, 'l', '[]',
					'x', 1, 15, 'Completed', 'FullyGraded', :at, :at, :at, :status, 0, :far, :at)""")
			.param("attempt", attempt)
			.param("status", status)
			.param("at", at)
			.param("far", NOW.plusYears(10))
			.update();
	}

	java.util.List<String> subjects(String table) {
		return this.jdbc.sql("select subject from " + table + " where subject in ('old', 'new')")
			.query(String.class)
			.list();
	}

}
