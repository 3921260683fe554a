package org.lessontool.bench;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpProtocolBuilder;

import org.lessontool.test.TestPlatform;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.group;
import static io.gatling.javaapi.core.CoreDsl.regex;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.substring;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

/**
 * Full launches under load, as a browser does them: the LMS's login initiation posted to
 * {@code /lti/login}, the redirect to the platform's authorization endpoint (which signs
 * a fresh RS256 id_token), and the form post to {@code /lti/launch}, which answers with
 * the lesson page. {@code bench.users} virtual students (default 32) launch again and
 * again for {@code bench.seconds} (default 30), after a warm-up.
 */
public class LaunchSimulation extends Simulation {

	static final int USERS = Integer.getInteger("bench.users", 32);

	static final int SECONDS = Integer.getInteger("bench.seconds", 30);

	static final BenchEnvironment env = new BenchEnvironment("bench-launch-" + USERS);

	static final AtomicLong students = new AtomicLong();

	static final AtomicLong launches = new AtomicLong();

	private Duration cpuBefore;

	private long startedAt;

	HttpProtocolBuilder protocol = http.disableFollowRedirect().disableCaching().shareConnections();

	ScenarioBuilder launch = scenario("launch").during(Duration.ofSeconds(SECONDS))
		.on(exec((session) -> session.set("student", "student-" + students.incrementAndGet()))
			.exec(group("full launch").on(exec(http("login").post(env.toolUrl() + "/lti/login")
				.formParam("iss", env.platform.issuer())
				.formParam("login_hint", "#{student}")
				.formParam("target_link_uri", env.toolUrl() + "/lti/launch")
				.formParam("client_id", TestPlatform.CLIENT_ID)
				.formParam("lti_deployment_id", TestPlatform.DEPLOYMENT_ID)
				.check(status().is(302), header("Location").saveAs("authorize"),
						header("Set-Cookie").transform((cookie) -> cookie.split(";", 2)[0]).saveAs("stateCookie")))
				.exec(http("platform authorization").get("#{authorize}")
					.check(status().is(200), regex("name=\"id_token\" value=\"([^\"]+)\"").saveAs("idToken"),
							regex("name=\"state\" value=\"([^\"]+)\"").saveAs("state")))
				.exec(http("launch and lesson page").post(env.toolUrl() + "/lti/launch")
					.header("Cookie", "#{stateCookie}")
					.formParam("id_token", "#{idToken}")
					.formParam("state", "#{state}")
					.check(status().is(200), substring("AI and Why Companies")))))
			.exec((session) -> {
				if (!session.isFailed()) {
					launches.incrementAndGet();
				}
				return session;
			})
			.exec(flushCookieJar()));

	{
		setUp(this.launch.injectOpen(atOnceUsers(USERS))).protocols(this.protocol)
			.assertions(global().failedRequests().count().is(0L));
	}

	@Override
	public void before() {
		// warm-up: the JIT and the caches see the same flow first, unmeasured
		Warmup.launches(env, 2_000);
		this.cpuBefore = env.tool.cpuTime();
		this.startedAt = System.nanoTime();
		launches.set(0);
	}

	@Override
	public void after() {
		double seconds = (System.nanoTime() - this.startedAt) / 1e9;
		long done = launches.get();
		Duration cpu = env.tool.cpuTime().minus(this.cpuBefore);
		Map<String, Object> figures = env.basics();
		figures.put("users", USERS);
		figures.put("launches", done);
		figures.put("launchesPerSecond", Math.round(done / seconds));
		figures.put("toolCpuMsPerLaunch", Math.round(cpu.toNanos() / 1e4 / Math.max(1, done)) / 100.0);
		figures.put("rssAfterLoadMb", env.tool.residentKb() / 1024);
		BenchEnvironment.report("launch-" + USERS, figures);
		env.close();
	}

}
