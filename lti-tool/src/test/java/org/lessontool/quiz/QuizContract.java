package org.lessontool.quiz;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lessontool.content.Question;
import org.lessontool.test.PageForms;
import org.lessontool.test.Student;
import org.lessontool.test.TestBrowser;
import org.lessontool.test.TestPlatform;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quiz through real launches: scoring on the server, attempts, and every tampering
 * case.
 */
abstract class QuizContract {

	static final TestPlatform platform = new TestPlatform();

	@LocalServerPort
	int port;

	@Autowired
	QuizContent content;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void platforms(DynamicPropertyRegistry registry) {
		platform.declare(registry);
	}

	@Test
	void studentTakesTheQuizAndSeesScoreAnswersAndExplanations() {
		Student student = launch("quiz-student-1", (claims) -> {
		});
		String quiz = student.post("/quiz", Map.of()).body();
		assertThat(quiz).contains("Question 1 of 15", "Question 15 of 15");
		for (Question question : questions()) {
			assertThat(quiz).doesNotContain(question.explanation());
		}
		List<Map.Entry<String, String>> answers = new ArrayList<>(correctAnswers());
		answers.set(0, Map.entry("q01", "b")); // one wrong
		HttpResponse<String> result = student.postMulti(submitPath(quiz), answers);
		assertThat(result.statusCode()).isEqualTo(200);
		assertThat(result.body()).contains("You got 14 of 15", "Not quite", questions().get(0).explanation(),
				"Correct answer: <span>Retraining a base AI on specific data so it specializes</span>",
				"Read Section 1: The big idea");
	}

	@Test
	void scoreComesFromTheServerNotTheForm() {
		Student student = launch("quiz-student-2", (claims) -> {
		});
		String quiz = student.post("/quiz", Map.of()).body();
		Map<String, String> answers = new LinkedHashMap<>(Map.of("q01", "b"));
		answers.put("score", "15");
		HttpResponse<String> tampered = student.post(submitPath(quiz), answers);
		assertThat(tampered.statusCode()).isEqualTo(400);
		assertThat(tampered.body()).contains("The quiz has no question &#39;score&#39;", "Nothing was saved");
		assertThat(student.post(submitPath(quiz), Map.of("q01", "b")).body()).contains("You got 0 of 15");
	}

	@Test
	void unknownChoiceIsRefusedAndNothingIsStored() {
		Student student = launch("quiz-student-3", (claims) -> {
		});
		String quiz = student.post("/quiz", Map.of()).body();
		HttpResponse<String> refused = student.post(submitPath(quiz), Map.of("q01", "z"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Question q01 has no choice &#39;z&#39;");
		assertThat(status(attemptId(quiz))).isEqualTo("OPEN");
	}

	@Test
	void twoAnswersToASingleAnswerQuestionAreRefused() {
		Student student = launch("quiz-student-4", (claims) -> {
		});
		String quiz = student.post("/quiz", Map.of()).body();
		HttpResponse<String> refused = student.postMulti(submitPath(quiz),
				List.of(Map.entry("q01", "a"), Map.entry("q01", "b")));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(status(attemptId(quiz))).isEqualTo("OPEN");
	}

	@Test
	void anotherStudentsAttemptIsRefused() {
		Student first = launch("quiz-student-5", (claims) -> {
		});
		String quiz = first.post("/quiz", Map.of()).body();
		Student second = launch("quiz-student-6", (claims) -> {
		});
		HttpResponse<String> refused = second.postMulti(submitPath(quiz), correctAnswers());
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("That attempt is not one of yours.");
		assertThat(second.post("/quiz/attempts/" + attemptId(quiz), Map.of()).statusCode()).isEqualTo(400);
		assertThat(status(attemptId(quiz))).isEqualTo("OPEN");
	}

	@Test
	void doubleSubmitCountsOnceAndAClosedAttemptTakesNoNewAnswers() {
		Student student = launch("quiz-student-7", (claims) -> {
		});
		String quiz = student.post("/quiz", Map.of()).body();
		assertThat(student.postMulti(submitPath(quiz), correctAnswers()).body()).contains("You got 15 of 15");
		assertThat(student.postMulti(submitPath(quiz), correctAnswers()).body()).contains("You got 15 of 15");
		assertThat(attempts("quiz-student-7")).isEqualTo(1);
		HttpResponse<String> changed = student.post(submitPath(quiz), Map.of("q01", "b"));
		assertThat(changed.statusCode()).isEqualTo(400);
		assertThat(changed.body()).contains("already submitted");
	}

	@Test
	void attemptLimitFromCustomParametersIsKept() {
		Student student = launch("quiz-student-8", (claims) -> claims
			.put("https://purl.imsglobal.org/spec/lti/claim/custom", Map.of("max_attempts", "1")));
		String quiz = student.post("/quiz", Map.of()).body();
		assertThat(quiz).contains("Attempt 1 of 1");
		student.postMulti(submitPath(quiz), correctAnswers());
		String again = student.post("/quiz", Map.of()).body();
		assertThat(again).contains("You have used all 1 attempts").doesNotContain("quiz-form");
		assertThat(attempts("quiz-student-8")).isEqualTo(1);
	}

	@Test
	void launchWithoutGradeServiceSaysTheCourseDoesNotCollectGrades() {
		Student student = launch("quiz-student-9",
				(claims) -> claims.remove("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"));
		String quiz = student.post("/quiz", Map.of()).body();
		assertThat(student.postMulti(submitPath(quiz), correctAnswers()).body())
			.contains("This course does not collect grades from this activity");
	}

	@Test
	void submittingWithoutTheCsrfTokenIsForbidden() {
		Student student = launch("quiz-student-10", (claims) -> {
		});
		String quiz = student.post("/quiz", Map.of()).body();
		Map<String, String> form = new LinkedHashMap<>(Map.of("q01", "a"));
		form.put("lt", student.fields().get("lt"));
		assertThat(student.browser().post(submitPath(quiz), form).statusCode()).isEqualTo(403);
		assertThat(status(attemptId(quiz))).isEqualTo("OPEN");
	}

	@Test
	void mentorCannotTakeTheQuiz() {
		TestBrowser browser = new TestBrowser(this.port);
		TestBrowser.Login login = browser.login(platform);
		Map<String, Object> claims = platform.studentClaims(login.nonce(), browser.targetLinkUri());
		claims.put("https://purl.imsglobal.org/spec/lti/claim/roles",
				List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#Mentor"));
		String page = browser.launch(platform.sign(claims), login).body();
		assertThat(page).contains("Read-only").doesNotContain("Start the quiz");
		String token = PageForms.find(Pattern.compile("data-launch-token=\"([^\"]+)\""), page, "launch token");
		assertThat(browser.get("/quiz?lt=" + token).statusCode()).isEqualTo(400);
	}

	List<Question> questions() {
		return this.content.content().quiz().questions();
	}

	/**
	 * Every correct choice of every question, as the form posts them (a field per checked
	 * box).
	 */
	List<Map.Entry<String, String>> correctAnswers() {
		List<Map.Entry<String, String>> answers = new ArrayList<>();
		for (Question question : questions()) {
			question.choices()
				.stream()
				.filter(Question.Choice::correct)
				.forEach((choice) -> answers.add(Map.entry(question.id(), choice.id())));
		}
		return answers;
	}

	Student launch(String subject, Consumer<Map<String, Object>> edit) {
		return Student.launch(this.port, platform, subject, edit);
	}

	String status(String attemptId) {
		return this.jdbc.sql("select status from quiz_attempt where id = :id")
			.param("id", attemptId)
			.query(String.class)
			.single();
	}

	long attempts(String subject) {
		return this.jdbc.sql("select count(*) from quiz_attempt where subject = :s")
			.param("s", subject)
			.query(Long.class)
			.single();
	}

	static String attemptId(String quizPage) {
		return Student.attemptId(quizPage);
	}

	static String submitPath(String quizPage) {
		return Student.submitPath(quizPage);
	}

}
