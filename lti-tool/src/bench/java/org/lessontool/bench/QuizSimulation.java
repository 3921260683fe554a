package org.lessontool.bench;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import org.lessontool.test.Student;
import org.lessontool.test.TestAgs;
import org.lessontool.test.TestPlatform;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.rampUsers;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * {@code bench.students} students (default 1,000) launch, open the quiz and submit it.
 * The simulation reports the submit latency; afterwards it waits until the loopback test
 * LMS has accepted every score, and reports how long that took and how many access tokens
 * the tool asked for.
 */
public class QuizSimulation extends Simulation {

	static final int STUDENTS = Integer.getInteger("bench.students", 1000);

	/**
	 * The test LMS refuses scores (503) until every student has submitted, then takes
	 * them: the grades queued meanwhile measure how fast the sender drains a backlog,
	 * which students submitting at 40/s cannot.
	 */
	static final boolean DRAIN = Boolean.getBoolean("bench.drain");

	static final BenchEnvironment env = new BenchEnvironment("bench-quiz");

	static final AtomicLong students = new AtomicLong();

	static final int WARMUP_QUIZZES = Integer.getInteger("bench.warmupQuizzes", 200);

	static Duration cpuBefore = Duration.ZERO;

	static long runStart;

	static final AtomicLong firstSubmit = new AtomicLong(Long.MAX_VALUE);

	static final AtomicLong lastSubmitted = new AtomicLong();

	HttpProtocolBuilder protocol = http.disableFollowRedirect().disableCaching().shareConnections();

	ChainBuilder launch = exec((session) -> session.set("student", "quiz-student-" + students.incrementAndGet()))
		.exec(http("login").post(env.toolUrl() + "/lti/login")
			.formParam("iss", env.platform.issuer())
			.formParam("login_hint", "#{student}")
			.formParam("target_link_uri", env.toolUrl() + "/lti/launch")
			.formParam("client_id", TestPlatform.CLIENT_ID)
			.formParam("lti_deployment_id", TestPlatform.DEPLOYMENT_ID)
			.check(status().is(302), header("Location").saveAs("authorize"),
					header("Set-Cookie").transform((cookie) -> cookie.split(";", 2)[0]).saveAs("stateCookie")))
		.exec(http("platform authorization").get("#{authorize}")
			.check(regex("name=\"id_token\" value=\"([^\"]+)\"").saveAs("idToken"),
					regex("name=\"state\" value=\"([^\"]+)\"").saveAs("state")))
		.exec(http("launch and lesson page").post(env.toolUrl() + "/lti/launch")
			.header("Cookie", "#{stateCookie}")
			.formParam("id_token", "#{idToken}")
			.formParam("state", "#{state}")
			.check(status().is(200), regex("name=\"lt\" value=\"([^\"]+)\"").saveAs("lt"),
					regex("name=\"csrf\" value=\"([^\"]+)\"").saveAs("csrf")));

	ScenarioBuilder quiz = scenario("quiz").exec(this.launch)
		.exec(http("open quiz").post(env.toolUrl() + "/quiz")
			.formParam("lt", "#{lt}")
			.formParam("csrf", "#{csrf}")
			.check(status().is(200), regex("action=\"(/quiz/attempts/[^\"]+/submit)\"").saveAs("submit"),
					regex("name=\"lt\" value=\"([^\"]+)\"").saveAs("lt"),
					// each attempt draws its own questions: answer the ones it asks
					regex("id=\"question-([^\"]+)\"").findAll().saveAs("asked")))
		.exec((session) -> {
			firstSubmit.accumulateAndGet(System.nanoTime(), Math::min);
			return session;
		})
		.exec(submit())
		.exec((session) -> {
			lastSubmitted.accumulateAndGet(System.nanoTime(), Math::max);
			return session;
		});

	{
		setUp(this.quiz.injectOpen(rampUsers(STUDENTS).during(Duration.ofSeconds(Math.max(5, STUDENTS / 40)))))
			.protocols(this.protocol)
			.assertions(global().failedRequests().count().is(0L));
	}

	/** The scores of the measured students, not the warm-up's. */
	static List<TestAgs.Recorded> measured() {
		return env.platform.ags()
			.acceptedScores()
			.stream()
			.filter((score) -> score.body().contains("\"userId\":\"quiz-student-"))
			.toList();
	}

	static long finalScores() {
		return measured().stream()
			.filter((score) -> score.body().contains("\"activityProgress\":\"Completed\""))
			.count();
	}

	/**
	 * Each student's scores reached the LMS in the order they were made (timestamps
	 * rise).
	 */
	static boolean inOrderPerStudent() {
		Map<String, String> last = new java.util.HashMap<>();
		java.util.regex.Pattern fields = java.util.regex.Pattern.compile(
				"\"userId\":\"([^\"]*)\".*\"timestamp\":\"([^\"]*)\"|\"timestamp\":\"([^\"]*)\".*\"userId\":\"([^\"]*)\"");
		for (var score : measured()) {
			java.util.regex.Matcher found = fields.matcher(score.body());
			if (!found.find()) {
				continue;
			}
			String user = (found.group(1) != null) ? found.group(1) : found.group(4);
			String time = (found.group(2) != null) ? found.group(2) : found.group(3);
			String before = last.put(user, time);
			if (before != null
					&& java.time.OffsetDateTime.parse(before).isAfter(java.time.OffsetDateTime.parse(time))) {
				return false;
			}
		}
		return true;
	}

	static HttpRequestActionBuilder submit() {
		return http("submit quiz").post(env.toolUrl() + "#{submit}")
			.formParam("lt", "#{lt}")
			.formParam("csrf", "#{csrf}")
			.formParamSeq((session) -> Student.ALL_CORRECT.apply(session.getList("asked"))
				.stream()
				.map((answer) -> Map.entry(answer.getKey(), (Object) answer.getValue()))
				.toList())
			.check(status().is(200), substring("You got 15 of 15"));
	}

	@Override
	public void before() {
		Warmup.launches(env, 500);
		// the quiz's own path warm too, and its grades delivered before counting starts
		Warmup.quizzes(env, WARMUP_QUIZZES);
		long warm = System.nanoTime() + Duration.ofMinutes(1).toNanos();
		while (env.platform.ags().acceptedScores().size() < WARMUP_QUIZZES && System.nanoTime() < warm) {
			BenchEnvironment.sleep(Duration.ofMillis(50));
		}
		env.platform.ags().reset();
		cpuBefore = env.tool.cpuTime();
		runStart = System.nanoTime();
		if (DRAIN) {
			env.platform.ags().goDown();
		}
	}

	@Override
	public void after() {
		long recovered = System.nanoTime();
		long firstAfterRecovery = 0;
		env.platform.ags().recover();
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		// with --lti.grading.send-started=true a student may also have a Started score,
		// sent before the final one, or replaced by it while queued
		while (finalScores() < STUDENTS && System.nanoTime() < deadline) {
			if (firstAfterRecovery == 0 && !env.platform.ags().acceptedScores().isEmpty()) {
				firstAfterRecovery = System.nanoTime();
			}
			BenchEnvironment.sleep(Duration.ofMillis(20));
		}
		long received = System.nanoTime();
		int accepted = measured().size();
		Map<String, Object> figures = env.basics();
		figures.put("students", STUDENTS);
		figures.put("scoresReceived", accepted);
		figures.put("secondsFromFirstSubmitToLastScore", Math.round((received - firstSubmit.get()) / 1e7) / 100.0);
		figures.put("secondsFromLastSubmitToLastScore", Math.round((received - lastSubmitted.get()) / 1e7) / 100.0);
		figures.put("scoresPerSecond", Math.round(accepted / ((received - firstSubmit.get()) / 1e9)));
		if (DRAIN) {
			// from the LMS's recovery, and from its first score taken (the sender's
			// backoff had to end first), to the last score
			figures.put("drainSecondsFromRecovery", Math.round((received - recovered) / 1e7) / 100.0);
			figures.put("drainScoresPerSecond",
					Math.round(accepted / (Math.max(1, received - firstAfterRecovery) / 1e9)));
			figures.put("scoresInOrderPerStudent", inOrderPerStudent());
		}
		// each student: a full launch, the quiz page, a submission and its grade
		Duration cpu = env.tool.cpuTime().minus(cpuBefore);
		figures.put("toolCpuMsPerStudent", Math.round(cpu.toNanos() / 1e4 / STUDENTS) / 100.0);
		figures.put("toolCoresBusy", Math.round(cpu.toNanos() * 100.0 / (received - runStart)) / 100.0);
		figures.put("tokenRequests", env.platform.ags().tokenRequests());
		figures.put("rssAfterLoadMb", env.tool.residentKb() / 1024);
		BenchEnvironment.report("quiz-" + STUDENTS, figures);
		env.close();
	}

}
