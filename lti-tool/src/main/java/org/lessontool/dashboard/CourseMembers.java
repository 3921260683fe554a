package org.lessontool.dashboard;

import java.time.OffsetDateTime;
import java.util.List;

import org.lessontool.launch.Experience;
import org.lessontool.launch.LaunchCompleted;
import org.lessontool.launch.LaunchContext;
import org.lessontool.launch.PlatformForgotten;
import org.lessontool.support.Purgeable;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Who has launched a resource link, kept past the launch itself, so a teacher view can
 * list students the roster does not. Names and emails are kept only as the platform sent
 * them. Written when a launch completes ({@link LaunchCompleted}); kept as long as
 * {@code lti.retention.days}, and deleted with the platform.
 */
@Repository
class CourseMembers implements Purgeable {

	private final JdbcClient jdbc;

	CourseMembers(JdbcClient jdbc) {
		this.jdbc = jdbc;
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

	@EventListener
	void launched(LaunchCompleted completed) {
		LaunchContext launch = completed.launch();
		OffsetDateTime now = completed.at();
		if (launch.resourceLinkId() == null) {
			return;
		}
		if (update(launch, now) == 0) {
			try {
				this.jdbc
					.sql("""
							insert into course_member (scope_key, resource_link_id, subject, experience, name, email,
							first_launch_at, last_launch_at) values (:scope, :link, :subject, :experience, :name, :email, :now, :now)
							""")
					.param("scope", launch.scope())
					.param("link", launch.resourceLinkId())
					.param("subject", launch.subject())
					.param("experience", launch.experience().name())
					.param("name", launch.name())
					.param("email", launch.email())
					.param("now", now)
					.update();
			}
			catch (DuplicateKeyException ex) {
				update(launch, now); // a parallel first launch of the same person
			}
		}
	}

	private int update(LaunchContext launch, OffsetDateTime now) {
		return this.jdbc.sql("""
				update course_member set experience = :experience, name = :name, email = :email, last_launch_at = :now
				where scope_key = :scope and resource_link_id = :link and subject = :subject
				""")
			.param("experience", launch.experience().name())
			.param("name", launch.name())
			.param("email", launch.email())
			.param("now", now)
			.param("scope", launch.scope())
			.param("link", launch.resourceLinkId())
			.param("subject", launch.subject())
			.update();
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
