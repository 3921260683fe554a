package org.lessontool.registration;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lessontool.test.Student;
import org.lessontool.test.SharedPlatforms;
import org.lessontool.test.TestPlatform;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Removing a platform deletes everything the tool holds from it, in one transaction, and
 * nothing of any other platform; a wrong confirmation deletes nothing.
 */
abstract class PlatformRemovalContract {

	static final TestPlatform removed = SharedPlatforms.REMOVED;

	static final TestPlatform kept = SharedPlatforms.KEPT;

	/** Tables with a row per launch, student or grade of a platform. */
	static final List<String> TABLES = List.of("launch_context", "course_member", "quiz_attempt", "grade_delivery",
			"section_progress", "tutor_question");

	@LocalServerPort
	int port;

	@Autowired
	PlatformAdministration administration;

	@Autowired
	PlatformRepository platforms;

	@Autowired
	JdbcClient jdbc;

	@Test
	void removalDeletesThePlatformsDataAndOnlyIts() {
		use(removed, "gone-student");
		use(kept, "kept-student");
		String id = this.platforms.find(removed.issuer(), TestPlatform.CLIENT_ID).orElseThrow().id();
		// course members are rolled up from the launches within seconds (issue 19)
		await().atMost(java.time.Duration.ofSeconds(30)).until(() -> counts().get("course_member") == 2);
		String keptId = this.platforms.find(kept.issuer(), TestPlatform.CLIENT_ID).orElseThrow().id();
		// a pause that is over, so the other tests' grades to the kept platform go on
		for (String platformId : List.of(id, keptId)) {
			this.jdbc.sql("insert into grade_pause (platform_id, paused_until) values (:id, :until)")
				.param("id", platformId)
				.param("until", java.time.OffsetDateTime.now().minusHours(1))
				.update();
		}
		Map<String, Integer> before = counts();
		assertThat(before.values()).allSatisfy((count) -> assertThat(count).isGreaterThanOrEqualTo(2));

		assertThat(this.administration.remove(id, "not-the-client-id", "admin")).isFalse();
		assertThat(counts()).isEqualTo(before);

		assertThat(this.administration.remove(id, TestPlatform.CLIENT_ID, "admin")).isTrue();
		assertThat(this.platforms.findById(id)).isEmpty();
		assertThat(counts()).allSatisfy((table, count) -> assertThat(count).as(table).isEqualTo(before.get(table) / 2));
		assertThat(this.jdbc.sql("select platform_id from grade_pause where platform_id in (:ids)")
			.param("ids", List.of(id, keptId))
			.query(String.class)
			.list()).containsExactly(keptId);
		assertThat(this.jdbc.sql("select count(*) from quiz_attempt where subject = 'gone-student'")
			.query(Integer.class)
			.single()).isZero();
		assertThat(this.jdbc.sql("select count(*) from quiz_attempt where subject = 'kept-student'")
			.query(Integer.class)
			.single()).isEqualTo(1);
		assertThat(this.jdbc.sql("select count(*) from admin_audit where action = 'remove platform'")
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	/**
	 * A student launches, reads, asks the tutor and takes the quiz; the grade arrives.
	 */
	void use(TestPlatform platform, String subject) {
		Student student = Student.launch(this.port, platform, subject, (claims) -> {
			claims.put("https://purl.imsglobal.org/spec/lti/claim/context",
					Map.of("id", "course-" + subject, "title", subject));
		});
		student.post("/lesson/progress", Map.of("section", "s1"));
		student.post("/tutor", Map.of("question", "what is RAG"));
		student.takeQuiz(Student.ALL_CORRECT);
		await().atMost(java.time.Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(
					this.jdbc.sql("select count(*) from grade_delivery where subject = :s and status = 'DELIVERED'")
						.param("s", subject)
						.query(Integer.class)
						.single())
				.isEqualTo(1));
	}

	/**
	 * This test's rows only: the application is shared with other tests, whose rows stay
	 * whatever happens here.
	 */
	Map<String, Integer> counts() {
		Map<String, Integer> counts = new java.util.TreeMap<>();
		for (String table : TABLES) {
			String mine = table.equals("tutor_question")
					? "scope_key like '%course-gone-student%' or scope_key like '%course-kept-student%'"
					: "subject in ('gone-student', 'kept-student')";
			counts.put(table,
					this.jdbc.sql("select count(*) from " + table + " where " + mine).query(Integer.class).single());
		}
		return counts;
	}

}
