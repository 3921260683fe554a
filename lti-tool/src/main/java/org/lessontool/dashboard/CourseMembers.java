package org.lessontool.dashboard;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.lessontool.launch.Experience;
import org.lessontool.launch.LaunchCompleted;
import org.lessontool.launch.LaunchContext;
import org.lessontool.launch.LaunchFeed;
import org.lessontool.launch.PlatformForgotten;
import org.lessontool.support.Purgeable;
import org.lessontool.support.SqlDialect;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who has launched a resource link, kept past the launch itself, so a teacher view can
 * list students the roster does not. Names and emails are kept only as the platform sent
 * them. Rolled up from the stored launches ({@link LaunchFeed}); kept as long as
 * {@code lti.retention.days}, and deleted with the platform.
 */
@Repository
class CourseMembers implements Purgeable {

	private static final String POSTGRES_UPSERT = """
			insert into course_member (scope_key, resource_link_id, subject, experience, name, email, first_launch_at,
			last_launch_at) values (:scope, :link, :subject, :experience, :name, :email, :now, :now)
			on conflict (scope_key, resource_link_id, subject) do update set experience = excluded.experience,
			name = excluded.name, email = excluded.email, last_launch_at = excluded.last_launch_at
			where course_member.last_launch_at < excluded.last_launch_at
			""";

	private static final String STANDARD_UPSERT = """
			merge into course_member m
			using (values (cast(:scope as varchar), cast(:link as varchar), cast(:subject as varchar),
			cast(:experience as varchar), cast(:name as varchar), cast(:email as varchar),
			cast(:now as timestamp with time zone)))
			as s(scope_key, resource_link_id, subject, experience, name, email, launch_at)
			on m.scope_key = s.scope_key and m.resource_link_id = s.resource_link_id and m.subject = s.subject
			when matched and m.last_launch_at < s.launch_at then update set experience = s.experience, name = s.name, email = s.email,
			last_launch_at = s.launch_at
			when not matched then insert (scope_key, resource_link_id, subject, experience, name, email, first_launch_at,
			last_launch_at) values (s.scope_key, s.resource_link_id, s.subject, s.experience, s.name, s.email,
			s.launch_at, s.launch_at)
			""";

	/** How old a launch is before the roll-up's position passes it. */
	static final Duration SETTLED = Duration.ofSeconds(3);

	static final int BATCH = 500;

	private final JdbcClient jdbc;

	private final NamedParameterJdbcTemplate batches;

	private final LaunchFeed feed;

	private final String upsert;

	CourseMembers(JdbcClient jdbc, NamedParameterJdbcTemplate batches, LaunchFeed feed, SqlDialect dialect) {
		this.jdbc = jdbc;
		this.batches = batches;
		this.feed = feed;
		// PostgreSQL 14, which the tool supports, has no merge
		this.upsert = dialect.postgres() ? POSTGRES_UPSERT : STANDARD_UPSERT;
	}

	/**
	 * A person who launched the link.
	 *
	 * @param subject the user's {@code sub}
	 * @param experience what they saw: learner, mentor or teacher
	 * @param name the name, if the platform sent it
	 * @param email the email, if the platform sent it
	 * @param lastLaunchAt their latest launch
	 */
	record Launcher(String subject, Experience experience, String name, String email, OffsetDateTime lastLaunchAt) {
	}

	/**
	 * Issue 19: notes the launches stored since the last time, in batches of one round
	 * trip each, off the launch path; every replica runs it. It moves its shared position
	 * only past launches stored a few seconds ago, which have surely committed, so none
	 * is passed over; noting a launch twice changes nothing.
	 */
	@Scheduled(fixedDelay = 5, initialDelay = 5, timeUnit = java.util.concurrent.TimeUnit.SECONDS)
	void catchUp() {
		note(OffsetDateTime.now(ZoneOffset.UTC).minus(SETTLED), true);
	}

	private void note(OffsetDateTime until, boolean advance) {
		OffsetDateTime after = this.jdbc.sql("select position from course_member_feed where id = 1")
			.query(OffsetDateTime.class)
			.single();
		List<LaunchCompleted> batch;
		do {
			batch = this.feed.between(after, until, BATCH);
			List<LaunchCompleted> noted = batch.stream().filter((l) -> l.launch().resourceLinkId() != null).toList();
			if (!noted.isEmpty()) {
				upsert(noted);
			}
			if (!batch.isEmpty()) {
				after = batch.get(batch.size() - 1).at();
				if (advance) {
					this.jdbc.sql("update course_member_feed set position = :at where id = 1 and position < :at")
						.param("at", after)
						.update();
				}
			}
		}
		while (batch.size() == BATCH);
	}

	private void upsert(List<LaunchCompleted> launches) {
		MapSqlParameterSource[] rows = launches.stream()
			.map(CourseMembers::parameters)
			.toArray(MapSqlParameterSource[]::new);
		try {
			this.batches.batchUpdate(this.upsert, rows);
		}
		catch (DuplicateKeyException ex) {
			// H2's merge lets a roll-up running at the same moment insert a member first;
			// the second pass finds the row
			this.batches.batchUpdate(this.upsert, rows);
		}
	}

	private static MapSqlParameterSource parameters(LaunchCompleted completed) {
		LaunchContext launch = completed.launch();
		return new MapSqlParameterSource().addValue("scope", launch.scope())
			.addValue("link", launch.resourceLinkId())
			.addValue("subject", launch.subject())
			.addValue("experience", launch.experience().name())
			.addValue("name", launch.name())
			.addValue("email", launch.email())
			.addValue("now", completed.at());
	}

	@Override
	public int purge(OffsetDateTime cutoff) {
		return this.jdbc.sql("delete from course_member where last_launch_at < :cutoff")
			.param("cutoff", cutoff)
			.update();
	}

	@EventListener
	void platformForgotten(PlatformForgotten forgotten) {
		this.jdbc.sql("delete from course_member where scope_key like :pattern escape '\\'")
			.param("pattern", forgotten.scopePattern())
			.update();
	}

	/** Everyone who launched this link in this course (lti-checklist C-35 scope). */
	List<Launcher> of(String scopeKey, String resourceLinkId) {
		// a student who launched a moment ago is listed
		note(OffsetDateTime.now(ZoneOffset.UTC).plusSeconds(1), false);
		return this.jdbc.sql("""
				select subject, experience, name, email, last_launch_at from course_member
				where scope_key = :scope and resource_link_id = :link order by subject
				""")
			.param("scope", scopeKey)
			.param("link", resourceLinkId)
			.query((rs, row) -> new Launcher(rs.getString("subject"), Experience.valueOf(rs.getString("experience")),
					rs.getString("name"), rs.getString("email"), rs.getObject("last_launch_at", OffsetDateTime.class)))
			.list();
	}

}
