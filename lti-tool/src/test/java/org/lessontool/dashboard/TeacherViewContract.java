package org.lessontool.dashboard;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lessontool.test.PageForms;
import org.lessontool.test.QuizKey;
import org.lessontool.test.Student;
import org.lessontool.test.TestBrowser;
import org.lessontool.test.TestNrps;
import org.lessontool.test.SharedPlatforms;
import org.lessontool.test.TestPlatform;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The teacher view over real launches: the roster from the test platform's NRPS joined
 * with what students did, the CSV, item analysis, resend, preview, and refusal of every
 * teacher URL to a student (lti-checklist N-01 to N-07, Z-11).
 */
abstract class TeacherViewContract {

	static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";

	static final String NRPS = "https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice";

	static final String INSTRUCTOR = "http://purl.imsglobal.org/vocab/lis/v2/membership#Instructor";

	static final TestPlatform platform = SharedPlatforms.MAIN;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Test
	void classTableJoinsTheRosterWithWhatStudentsDid() {
		// lti-checklist X-06: after a launch with the NRPS claim the tool reads the
		// membership
		String course = "course-table";
		serveRoster(course,
				List.of(TestNrps.learner("ana", "Ana Álvarez", "ana@example.invalid", "Active"),
						TestNrps.learner("bo", "Bo Berg", null, "Inactive"), TestNrps.learner("cy", null, null, null),
						TestNrps.instructor("teacher-1", "Terry Teacher")));
		Student ana = student(course, "ana", "Ana Álvarez");
		ana.takeQuiz(Student.ALL_CORRECT);
		Student zed = student(course, "zed", "Zed Zimmer");
		zed.post("/lesson/progress", Map.of("section", "s1"));
		String page = teacher(course, (claims) -> {
		}).body();
		assertThat(row(page, "ana")).contains("Ana Álvarez", "ana@example.invalid", "Submitted", "15 / 15");
		assertThat(row(page, "bo")).contains("Bo Berg", "Inactive", "Not started").contains("class=\"inactive\"");
		assertThat(row(page, "cy")).containsPattern("Student [0-9A-F]{6}").contains("Not started");
		assertThat(row(page, "zed")).contains("Zed Zimmer", "Not in the roster", "Reading, 1 of 5 sections");
		assertThat(page).doesNotContain("data-subject=\"teacher-1\"");
		// N-04: the inactive student is not counted as missing work
		assertThat(page).contains("3 students: 1 not started, 1 reading, 1 submitted.");
		assertThat(page).contains("100% (1 of 1)");
		assertThat(page).contains("action=\"/tutor/questions\"", "What students asked the tutor");
	}

	@Test
	void studentLaunchesNeverCallTheRoster() {
		String course = "course-quiet";
		serveRoster(course, List.of(TestNrps.learner("quiet", "Quinn", null, null)));
		int before = platform.nrps().requests().size();
		Student quiet = student(course, "quiet", "Quinn");
		quiet.takeQuiz(Student.ALL_CORRECT);
		assertThat(platform.nrps().requests()).hasSize(before);
		teacher(course, (claims) -> {
		});
		assertThat(platform.nrps().requests()).hasSize(before + 1);
	}

	@Test
	void withoutTheNrpsClaimTheTableListsWhoLaunched() {
		String course = "course-no-nrps";
		Student.launch(this.port, platform, "solo", (claims) -> context(claims, course, null));
		String page = teacher(course, (claims) -> claims.remove(NRPS)).body();
		assertThat(page).contains("does not share the course roster");
		assertThat(row(page, "solo")).contains("Sam Student");
	}

	@Test
	void csvHoldsTheTableWithQuotingAndUtf8() {
		String course = "course-csv";
		serveRoster(course, List.of(TestNrps.learner("q1", "O\\\"Neil, Siobhán", null, null),
				TestNrps.learner("q2", "=HYPERLINK(1)", null, null)));
		Student siobhan = student(course, "q1", "O\"Neil, Siobhán");
		siobhan.takeQuiz(Student.ALL_CORRECT);
		siobhan.post("/lesson/try-it", Map.of("section", "s5", "response", "=SUM(A1) haikus first, then ask"));
		HttpResponse<String> view = teacher(course, (claims) -> {
		});
		// the teacher view lists each student's try-it notes, escaped
		assertThat(view.body()).contains("id=\"notes-list\"", "Section 5 try-it", "=SUM(A1) haikus first, then ask");
		HttpResponse<byte[]> csv = postBytes("/teacher/class.csv", PageForms.launchFields(view.body()));
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv").contains("UTF-8");
		assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment",
				"lesson-964-class-");
		byte[] body = csv.body();
		assertThat(Arrays.copyOf(body, 3)).containsExactly(0xEF, 0xBB, 0xBF);
		String text = new String(body, 3, body.length - 3, StandardCharsets.UTF_8);
		String[] lines = text.split("\r\n");
		assertThat(lines[0]).startsWith("Student,Email,Roster status,Progress,Sections read,Attempts,Best score");
		assertThat(text).contains("\"O\"\"Neil, Siobhán\",,Active,Submitted,0,1,15,15,15,");
		assertThat(lines[0]).endsWith("Section 1 try-it note,Section 3 try-it note,Section 5 try-it note");
		// a note that looks like a formula is written as text too
		assertThat(text).contains(",,,\"'=SUM(A1) haikus first, then ask\"\r\n");
		// OWASP CSV injection: a formula-looking name is written as text
		assertThat(text).contains("'=HYPERLINK(1)");
		assertThat(lines).hasSize(3);
	}

	@Test
	void everyTeacherUrlRefusesAStudent() {
		String course = "course-authz";
		Student student = student(course, "nosy", "Nosy Student");
		for (String path : List.of("/teacher", "/teacher/class.csv", "/teacher/deliveries/1/resend", "/quiz/preview")) {
			HttpResponse<String> response = student.post(path, Map.of());
			assertThat(response.statusCode()).as(path).isEqualTo(403);
			assertThat(response.body()).as(path).contains("teachers only").doesNotContain("Your class");
		}
	}

	@Test
	void teacherCanResendAGradeTheLmsRefused() {
		String course = "course-resend";
		serveRoster(course, List.of(TestNrps.learner("late", "Lee Late", null, null)));
		Student late = student(course, "late", "Lee Late");
		platform.ags().answerScoresOf("late", 422);
		late.takeQuiz(Student.ALL_CORRECT);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(deliveryStatus("late")).isEqualTo("FAILED"));
		HttpResponse<String> view = teacher(course, (claims) -> {
		});
		assertThat(row(view.body(), "late")).contains("Not delivered", "Resend");
		long id = this.jdbc.sql("select max(id) from grade_delivery where subject = 'late'").query(Long.class).single();
		HttpResponse<String> resent = new TestBrowser(this.port).post("/teacher/deliveries/" + id + "/resend",
				PageForms.launchFields(view.body()));
		assertThat(resent.body()).contains("queued to be sent again");
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(deliveryStatus("late")).isEqualTo("DELIVERED"));
		// a delivered grade is not sent twice by a replayed resend
		HttpResponse<String> again = new TestBrowser(this.port).post("/teacher/deliveries/" + id + "/resend",
				PageForms.launchFields(resent.body()));
		assertThat(again.body()).contains("cannot be resent");
	}

	@Test
	void resendOfAnotherClassesDeliveryChangesNothing() {
		String course = "course-other";
		Student other = student("course-elsewhere", "elsewhere", "Else Where");
		platform.ags().answerScoresOf("elsewhere", 422);
		other.takeQuiz(Student.ALL_CORRECT);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(deliveryStatus("elsewhere")).isEqualTo("FAILED"));
		long id = this.jdbc.sql("select max(id) from grade_delivery where subject = 'elsewhere'")
			.query(Long.class)
			.single();
		HttpResponse<String> view = teacher(course, (claims) -> {
		});
		HttpResponse<String> resent = new TestBrowser(this.port).post("/teacher/deliveries/" + id + "/resend",
				PageForms.launchFields(view.body()));
		assertThat(resent.body()).contains("cannot be resent");
		assertThat(deliveryStatus("elsewhere")).isEqualTo("FAILED");
	}

	@Test
	void previewAsStudentStoresNothingAndSendsNoGrade() {
		String course = "course-preview";
		HttpResponse<String> view = teacher(course, (claims) -> {
		});
		Map<String, String> fields = PageForms.launchFields(view.body());
		HttpResponse<String> lesson = new TestBrowser(this.port).post("/lesson", fields);
		assertThat(lesson.body()).contains("Preview as a student", "Back to the teacher view");
		HttpResponse<String> quiz = new TestBrowser(this.port).post("/quiz", fields);
		assertThat(quiz.body()).contains("nothing is stored", "action=\"/quiz/preview\"");
		StringBuilder form = new StringBuilder(TestBrowser.form(fields));
		List<String> bank = QuizKey.asked(quiz.body());
		assertThat(bank).hasSize(QuizKey.BANK.questions().size());
		Student.ALL_CORRECT.apply(bank)
			.forEach((entry) -> form.append('&').append(entry.getKey()).append('=').append(entry.getValue()));
		HttpResponse<String> result = new TestBrowser(this.port).postRaw("/quiz/preview", form.toString());
		assertThat(result.statusCode()).isEqualTo(200);
		assertThat(result.body()).contains("You got " + bank.size() + " of " + bank.size(), "not stored");
		new TestBrowser(this.port).post("/lesson/progress", withSection(fields));
		assertThat(count("quiz_attempt", "teacher-1")).isZero();
		assertThat(count("grade_delivery", "teacher-1")).isZero();
		assertThat(count("section_progress", "teacher-1")).isZero();
	}

	@Test
	void sortingByBestScorePutsTheHighestFirstWhenDescending() {
		String course = "course-sort";
		serveRoster(course, List.of(TestNrps.learner("top", "Ada Top", null, null),
				TestNrps.learner("low", "Zoe Low", null, null)));
		student(course, "top", "Ada Top").takeQuiz(Student.ALL_CORRECT);
		student(course, "low", "Zoe Low").takeQuiz(Student.ONE_RIGHT);
		HttpResponse<String> view = teacher(course, (claims) -> {
		});
		Map<String, String> form = new LinkedHashMap<>(PageForms.launchFields(view.body()));
		form.put("sort", "best");
		form.put("dir", "desc");
		String sorted = new TestBrowser(this.port).post("/teacher", form).body();
		assertThat(sorted.indexOf("data-subject=\"top\"")).isLessThan(sorted.indexOf("data-subject=\"low\""));
		assertThat(sorted).contains("aria-sort=\"descending\"");
		form.put("dir", "asc");
		String ascending = new TestBrowser(this.port).post("/teacher", form).body();
		assertThat(ascending.indexOf("data-subject=\"low\"")).isLessThan(ascending.indexOf("data-subject=\"top\""));
	}

	/** Earlier tests' grades are delivered first, so the next refusal is ours. */

	void serveRoster(String course, List<String> members) {
		platform.nrps().serve(List.of(TestNrps.page(members)), List.of());
	}

	Student student(String course, String subject, String name) {
		return Student.launch(this.port, platform, subject, (claims) -> {
			context(claims, course, platform.nrps().url() + "?c=" + course);
			claims.put("name", name);
			claims.remove("email");
		});
	}

	HttpResponse<String> teacher(String course, Consumer<Map<String, Object>> edit) {
		TestBrowser browser = new TestBrowser(this.port);
		TestBrowser.Login login = browser.login(platform);
		Map<String, Object> claims = platform.studentClaims(login.nonce(), browser.targetLinkUri());
		claims.put("sub", "teacher-1");
		claims.put("name", "Terry Teacher");
		claims.put(LTI + "roles", List.of(INSTRUCTOR));
		context(claims, course, platform.nrps().url() + "?c=" + course);
		edit.accept(claims);
		HttpResponse<String> page = browser.launch(platform.sign(claims), login);
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		assertThat(page.body()).contains("Your class");
		return page;
	}

	static void context(Map<String, Object> claims, String course, String membershipsUrl) {
		claims.put(LTI + "context", Map.of("id", course, "title", "Course " + course));
		if (membershipsUrl != null) {
			claims.put(NRPS, Map.of("context_memberships_url", membershipsUrl, "service_versions", List.of("2.0")));
		}
	}

	static String row(String page, String subject) {
		var matcher = Pattern
			.compile("<tr[^>]*data-subject=\"" + Pattern.quote(subject) + "\"[^>]*>.*?</tr>", Pattern.DOTALL)
			.matcher(page);
		assertThat(matcher.find()).as("row of %s in\n%s", subject, page).isTrue();
		return matcher.group();
	}

	String deliveryStatus(String subject) {
		return this.jdbc.sql("select status from grade_delivery where subject = :s order by id desc")
			.param("s", subject)
			.query(String.class)
			.list()
			.stream()
			.findFirst()
			.orElse(null);
	}

	int count(String table, String subject) {
		return this.jdbc.sql("select count(*) from " + table + " where subject = :s")
			.param("s", subject)
			.query(Integer.class)
			.single();
	}

	static Map<String, String> withSection(Map<String, String> fields) {
		Map<String, String> form = new LinkedHashMap<>(fields);
		form.put("section", "s1");
		return form;
	}

	HttpResponse<byte[]> postBytes(String path, Map<String, String> form) {
		try {
			return HttpClient.newHttpClient()
				.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(TestBrowser.form(form)))
					.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
