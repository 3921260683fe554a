package org.lessontool.bench;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

import org.lessontool.test.Student;
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

	static final BenchEnvironment env = new BenchEnvironment("bench-quiz");

	static final AtomicLong students = new AtomicLong();

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
		env.platform.ags().reset();
	}

	@Override
	public void after() {
		long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
		while (env.platform.ags().acceptedScores().size() < STUDENTS && System.nanoTime() < deadline) {
			BenchEnvironment.sleep(Duration.ofMillis(50));
		}
		long received = System.nanoTime();
		int accepted = env.platform.ags().acceptedScores().size();
		Map<String, Object> figures = env.basics();
		figures.put("students", STUDENTS);
		figures.put("scoresReceived", accepted);
		figures.put("secondsFromFirstSubmitToLastScore", Math.round((received - firstSubmit.get()) / 1e7) / 100.0);
		figures.put("secondsFromLastSubmitToLastScore", Math.round((received - lastSubmitted.get()) / 1e7) / 100.0);
		figures.put("scoresPerSecond", Math.round(accepted / ((received - firstSubmit.get()) / 1e9)));
		figures.put("tokenRequests", env.platform.ags().tokenRequests());
		figures.put("rssAfterLoadMb", env.tool.residentKb() / 1024);
		BenchEnvironment.report("quiz-" + STUDENTS, figures);
		env.close();
	}

}
