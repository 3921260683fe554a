package org.lessontool.tutor;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

import org.lessontool.launch.LaunchContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The questions asked, in the shared database: the teacher sees what the class asked, as
 * counts without names.
 */
@Repository
class TutorQuestions {

	private final JdbcClient jdbc;

	TutorQuestions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * A question as the teacher sees it.
	 *
	 * @param question the wording asked most often
	 * @param count how many times it was asked
	 * @param answered whether the tutor answered it from the lesson
	 */
	record Asked(String question, int count, boolean answered) {
	}

	void record(LaunchContext launch, String question, boolean answered, OffsetDateTime now) {
		String text = (question.length() > 400) ? question.substring(0, 400) : question;
		this.jdbc
			.sql("""
					insert into tutor_question (scope_key, resource_link_id, launch_id, question, normalized, answered, asked_at)
					values (:scope, :link, :launch, :question, :normalized, :answered, :now)
					""")
			.param("scope", launch.scope())
			.param("link", link(launch))
			.param("launch", launch.id())
			.param("question", text)
			.param("normalized", normalize(text))
			.param("answered", answered)
			.param("now", now)
			.update();
	}

	/** The most asked questions on this link in this course, most often first. */
	List<Asked> mostAsked(LaunchContext launch, int limit) {
		return this.jdbc
			.sql("""
					select normalized, min(question) as question, count(*) as asked, max(case when answered then 1 else 0 end) as answered
					from tutor_question where scope_key = :scope and resource_link_id = :link
					group by normalized order by asked desc, normalized
					""")
			.param("scope", launch.scope())
			.param("link", link(launch))
			.query((rs, row) -> new Asked(rs.getString("question"), rs.getInt("asked"), rs.getInt("answered") == 1))
			.list()
			.stream()
			.limit(limit)
			.toList();
	}

	/** "What is RAG?" and "what is rag" are the same question. */
	static String normalize(String question) {
		return question.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	private static String link(LaunchContext launch) {
		return (launch.resourceLinkId() != null) ? launch.resourceLinkId() : "";
	}

}
