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
import org.lessontool.test.QuizKey;
import org.lessontool.test.Student;
import org.lessontool.test.TestBrowser;
import org.lessontool.test.SharedPlatforms;
import org.lessontool.test.TestPlatform;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The quiz through real launches: scoring on the server, attempts, and every tampering
 * case.
 */
abstract class QuizContract {

	static final TestPlatform platform = SharedPlatforms.MAIN;

	@LocalServerPort
	int port;

	@Autowired
	QuizContent content;

	@Autowired
	JdbcClient jdbc;

	@Test
	void studentTakesTheQuizAndSeesScoreAnswersAndExplanations() {
		Student student = launch("quiz-student-1", (claims) -> {
		});
		String quiz = student.post("/quiz", Map.of()).body();
		assertThat(quiz).contains("Question 1 of 15", "Question 15 of 15");
		for (Question question : questions()) {
			assertThat(quiz).doesNotContain(question.explanation());
		}
		List<String> asked = QuizKey.asked(quiz);
		assertThat(asked).hasSize(15);
		// the same number from each section every time (draw: s1 5, s3 4, s5 6)
		assertThat(asked.stream().map((id) -> QuizKey.question(id).section())).containsExactlyInAnyOrder("s1", "s1",
				"s1", "s1", "s1", "s3", "s3", "s3", "s3", "s5", "s5", "s5", "s5", "s5", "s5");
		Question missed = QuizKey.question(asked.get(0));
		List<Map.Entry<String, String>> answers = new ArrayList<>(QuizKey.correct(asked.subList(1, 15)));
		answers.add(Map.entry(missed.id(), QuizKey.wrong(missed.id())));
		HttpResponse<String> result = student.postMulti(submitPath(quiz), answers);
		assertThat(result.statusCode()).isEqualTo(200);
		assertThat(result.body()).contains("You got 14 of 15", "Not quite",
				org.springframework.web.util.HtmlUtils.htmlEscape(missed.explanation()),
				"Read Section " + missed.section().substring(1));
	}

	/** lti-checklist A-24: the score is the server's, whatever the form says. */
	@Test
	void scoreComesFromTheServerNotTheForm() {
		Student student = launch("quiz-student-2", (claims) -> {
		});
		String quiz = student.post("/quiz", Map.of()).body();
		String first = QuizKey.asked(quiz).get(0);
		Map<String, String> answers = new LinkedHashMap<>(Map.of(first, QuizKey.wrong(first)));
		answers.put("score", "15");
		HttpResponse<String> tampered = student.post(submitPath(quiz), answers);
		assertThat(tampered.statusCode()).isEqualTo(400);
		assertThat(tampered.body()).contains("This attempt has no question &#39;score&#39;", "Nothing was saved");
		// a question of the bank this attempt did not ask is refused the same way
		String notAsked = QuizKey.BANK.questions()
			.stream()
			.map(Question::id)
			.filter((id) -> !QuizKey.asked(quiz).contains(id))
			.findFirst()
			.orElseThrow();
		assertThat(student.postMulti(submitPath(quiz), QuizKey.correct(List.of(notAsked))).statusCode()).isEqualTo(400);
		assertThat(status(attemptId(quiz))).isEqualTo("OPEN");
		assertThat(student.post(submitPath(quiz), Map.of(first, QuizKey.wrong(first))).body())
			.contains("You got 0 of 15");
	}

	@Test
	void unknownChoiceIsRefusedAndNothingIsStored() {
		Student student = launch("quiz-student-3", (claims) -> {
		});
		String quiz = student.post("/quiz", Map.of()).body();
		String first = QuizKey.asked(quiz).get(0);
		HttpResponse<String> refused = student.post(submitPath(quiz), Map.of(first, "z"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(refused.body()).contains("Question " + first + " has no choice &#39;z&#39;");
		assertThat(status(attemptId(quiz))).isEqualTo("OPEN");
	}

	@Test
	void twoAnswersToASingleAnswerQuestionAreRefused() {
		Student student = launch("quiz-student-4", (claims) -> {
		});
		String quiz = student.post("/quiz", Map.of()).body();
		String single = QuizKey.asked(quiz)
			.stream()
			.filter((id) -> QuizKey.question(id).type().singleAnswer())
			.findFirst()
			.orElseThrow();
		HttpResponse<String> refused = student.postMulti(submitPath(quiz),
				List.of(Map.entry(single, QuizKey.wrong(single)),
						Map.entry(single, QuizKey.question(single).correctIds().iterator().next())));
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
		HttpResponse<String> refused = second.postMulti(submitPath(quiz), QuizKey.correct(QuizKey.asked(quiz)));
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
		List<Map.Entry<String, String>> right = QuizKey.correct(QuizKey.asked(quiz));
		assertThat(student.postMulti(submitPath(quiz), right).body()).contains("You got 15 of 15");
		assertThat(student.postMulti(submitPath(quiz), right).body()).contains("You got 15 of 15");
		assertThat(attempts("quiz-student-7")).isEqualTo(1);
		String first = QuizKey.asked(quiz).get(0);
		HttpResponse<String> changed = student.post(submitPath(quiz), Map.of(first, QuizKey.wrong(first)));
		assertThat(changed.statusCode()).isEqualTo(400);
		assertThat(changed.body()).contains("already submitted");
	}

	@Test
	void attemptLimitFromCustomParametersIsKept() {
		Student student = launch("quiz-student-8", (claims) -> claims
			.put("https://purl.imsglobal.org/spec/lti/claim/custom", Map.of("max_attempts", "1")));
		String quiz = student.post("/quiz", Map.of()).body();
		assertThat(quiz).contains("Attempt 1 of 1");
		student.postMulti(submitPath(quiz), QuizKey.correct(QuizKey.asked(quiz)));
		String again = student.post("/quiz", Map.of()).body();
		assertThat(again).contains("You have used all 1 attempts").doesNotContain("quiz-form");
		assertThat(attempts("quiz-student-8")).isEqualTo(1);
	}

	/** lti-checklist A-01: no AGS claim, no grade. */
	@Test
	void launchWithoutGradeServiceSaysTheCourseDoesNotCollectGrades() {
		Student student = launch("quiz-student-9",
				(claims) -> claims.remove("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint"));
		String quiz = student.post("/quiz", Map.of()).body();
		assertThat(student.postMulti(submitPath(quiz), QuizKey.correct(QuizKey.asked(quiz))).body())
			.contains("This course does not collect grades from this activity");
	}

	@Test
	void submittingWithoutTheCsrfTokenIsForbidden() {
		Student student = launch("quiz-student-10", (claims) -> {
		});
		String quiz = student.post("/quiz", Map.of()).body();
		String first = QuizKey.asked(quiz).get(0);
		Map<String, String> form = new LinkedHashMap<>(Map.of(first, QuizKey.wrong(first)));
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
		String csrf = PageForms.launchFields(page).get("csrf");
		assertThat(browser.post("/quiz", Map.of("lt", token, "csrf", csrf)).statusCode()).isEqualTo(400);
	}

	@Test
	void choiceOrderDiffersBetweenAttemptsAndHoldsOnReload() {
		Student student = launch("quiz-shuffle", (claims) -> {
		});
		String first = student.post("/quiz", Map.of()).body();
		// a reload of the open attempt shows the same questions in the same order
		String reload = student.post("/quiz", Map.of()).body();
		assertThat(attemptId(reload)).isEqualTo(attemptId(first));
		assertThat(QuizKey.asked(reload)).isEqualTo(QuizKey.asked(first));
		for (String id : QuizKey.asked(first)) {
			assertThat(QuizKey.shownChoices(reload, id)).isEqualTo(QuizKey.shownChoices(first, id));
		}
		student.postMulti(submitPath(first), QuizKey.correct(QuizKey.asked(first)));
		String second = student.post("/quiz", Map.of()).body();
		assertThat(attemptId(second)).isNotEqualTo(attemptId(first));
		assertThat(layoutOf(second)).isNotEqualTo(layoutOf(first));
		// the next attempt asks what the last one did not, where the bank allows (s1 has
		// 10 questions for 5 places, s3 8 for 4, s5 14 for 6)
		assertThat(QuizKey.asked(second)).doesNotContainAnyElementsOf(QuizKey.asked(first));
	}

	@Test
	void alwaysPickingTheFirstChoiceScoresAtMostSixOnAverage() {
		int total = 0;
		for (int i = 0; i < 20; i++) {
			Student student = launch("quiz-first-choice-" + i, (claims) -> {
			});
			String quiz = student.post("/quiz", Map.of()).body();
			List<Map.Entry<String, String>> firsts = QuizKey.asked(quiz)
				.stream()
				.map((id) -> Map.entry(id, QuizKey.shownChoices(quiz, id).get(0)))
				.toList();
			String result = student.postMulti(submitPath(quiz), firsts).body();
			java.util.regex.Matcher score = Pattern.compile("You got (\\d+) of 15").matcher(result);
			assertThat(score.find()).isTrue();
			total += Integer.parseInt(score.group(1));
		}
		assertThat(total / 20.0).isLessThanOrEqualTo(6.0);
	}

	@Test
	void correctChoicesStayHiddenWhileAttemptsRemainAndShowAfterTheLast() {
		Student student = launch("quiz-answers-shown", (claims) -> claims
			.put("https://purl.imsglobal.org/spec/lti/claim/custom", Map.of("max_attempts", "2")));
		String result = submitWithFirstWrong(student);
		String missed = missedChoiceText(result);
		assertThat(result).contains("Not quite", "The correct answers stay hidden")
			.doesNotContain("Correct answer:", missed);
		String last = submitWithFirstWrong(student);
		assertThat(last).contains("Correct answer:", missedChoiceText(last)).doesNotContain("stay hidden");
	}

	@Test
	void aTeacherMayShowTheCorrectChoicesAfterEveryAttempt() {
		Student student = launch("quiz-answers-each", (claims) -> claims
			.put("https://purl.imsglobal.org/spec/lti/claim/custom", Map.of("show_answers", "after_each")));
		String result = submitWithFirstWrong(student);
		assertThat(result).contains("Correct answer:", missedChoiceText(result));
	}

	/**
	 * Answers every question right but the first single-answer one; returns the result
	 * page.
	 */
	private String submitWithFirstWrong(Student student) {
		String quiz = student.post("/quiz", Map.of()).body();
		List<String> asked = QuizKey.asked(quiz);
		this.lastMissed = asked.stream()
			.filter((id) -> QuizKey.question(id).type() == org.lessontool.content.QuestionType.SINGLE)
			.findFirst()
			.orElseThrow();
		List<Map.Entry<String, String>> answers = new ArrayList<>(
				QuizKey.correct(asked.stream().filter((id) -> !id.equals(this.lastMissed)).toList()));
		answers.add(Map.entry(this.lastMissed, QuizKey.wrong(this.lastMissed)));
		return student.postMulti(submitPath(quiz), answers).body();
	}

	private String lastMissed;

	/** The text of the correct choice of the question the last submit got wrong. */
	private String missedChoiceText(String result) {
		Question question = QuizKey.question(this.lastMissed);
		String text = question.choices().stream().filter(Question.Choice::correct).findFirst().orElseThrow().text();
		return org.springframework.web.util.HtmlUtils.htmlEscape(text);
	}

	String layoutOf(String quizPage) {
		return this.jdbc.sql("select layout from quiz_attempt where id = :id")
			.param("id", attemptId(quizPage))
			.query(String.class)
			.single();
	}

	List<Question> questions() {
		return this.content.content().quiz().questions();
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
