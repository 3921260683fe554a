package org.lessontool.quiz;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.lessontool.content.QuizLayout;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Attempts in the shared database; a student's attempt numbers are unique per resource
 * link.
 */
@Repository
class AttemptRepository {

	private final JdbcClient jdbc;

	private final JsonMapper json;

	AttemptRepository(JdbcClient jdbc, JsonMapper json) {
		this.jdbc = jdbc;
		this.json = json;
	}

	void insert(Attempt attempt) {
		this.jdbc.sql("""
				insert into quiz_attempt (id, scope_key, platform_id, subject, resource_link_id, number, status,
				test_user, max_score, started_at, layout) values (:id, :scope, :platform, :subject, :link, :number,
				:status, :testUser, :maxScore, :startedAt, :layout)
				""")
			.param("id", attempt.id())
			.param("scope", attempt.scopeKey())
			.param("platform", attempt.platformId())
			.param("subject", attempt.subject())
			.param("link", attempt.resourceLinkId())
			.param("number", attempt.number())
			.param("status", attempt.status().name())
			.param("testUser", attempt.testUser())
			.param("maxScore", attempt.maxScore())
			.param("startedAt", attempt.startedAt())
			.param("layout", this.json.writeValueAsString(attempt.layout().items()))
			.update();
	}

	Optional<Attempt> findById(String id) {
		return this.jdbc.sql("select * from quiz_attempt where id = :id").param("id", id).query(this::map).optional();
	}

	List<Attempt> findFor(String scopeKey, String subject, String resourceLinkId) {
		return this.jdbc.sql("""
				select * from quiz_attempt where scope_key = :scope and subject = :subject and resource_link_id = :link
				order by number
				""")
			.param("scope", scopeKey)
			.param("subject", subject)
			.param("link", resourceLinkId)
			.query(this::map)
			.list();
	}

	List<Attempt> findForLink(String scopeKey, String resourceLinkId) {
		return this.jdbc.sql("""
				select * from quiz_attempt where scope_key = :scope and resource_link_id = :link
				order by subject, number
				""").param("scope", scopeKey).param("link", resourceLinkId).query(this::map).list();
	}

	/**
	 * Closes an open attempt with its answers and score; false when it was not open any
	 * more.
	 */
	boolean submit(String id, Map<String, Set<String>> answers, int score, OffsetDateTime submittedAt) {
		return this.jdbc.sql("""
				update quiz_attempt set status = 'SUBMITTED', answers = :answers, score = :score,
				submitted_at = :submittedAt where id = :id and status = 'OPEN'
				""")
			.param("answers", this.json.writeValueAsString(answers))
			.param("score", score)
			.param("submittedAt", submittedAt)
			.param("id", id)
			.update() == 1;
	}

	private Attempt map(ResultSet rs, int row) throws SQLException {
		String answers = rs.getString("answers");
		String layout = rs.getString("layout");
		return new Attempt(rs.getString("id"), rs.getString("scope_key"), rs.getString("platform_id"),
				rs.getString("subject"), rs.getString("resource_link_id"), rs.getInt("number"),
				Attempt.Status.valueOf(rs.getString("status")), rs.getBoolean("test_user"),
				(answers != null) ? this.json.readValue(answers, new TypeReference<Map<String, Set<String>>>() {
				}) : Map.of(), (Integer) rs.getObject("score", Integer.class), rs.getInt("max_score"),
				rs.getObject("started_at", OffsetDateTime.class), rs.getObject("submitted_at", OffsetDateTime.class),
				(layout != null)
						? new QuizLayout(this.json.readValue(layout, new TypeReference<List<QuizLayout.Item>>() {
						})) : QuizLayout.NONE);
	}

}
