package org.lessontool;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.lessontool.admin.LaunchFailures;
import org.lessontool.launch.RejectionReason;
import org.lessontool.support.RateLimits;
import org.lessontool.test.MutableClock;
import org.lessontool.test.TestBrowser;
import org.lessontool.test.TestPlatform;
import org.lessontool.test.ToolHttp;
import org.lessontool.test.ToolTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.Import;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, items 6 and 7: anonymous requests are limited per client address in the
 * database (every replica counts the same rows), refusals are stored aggregated and
 * bounded, the queue of registrations waiting for approval is capped, and wrong admin
 * passwords lock the address out for a while. The clock stands still, so a minute's
 * window cannot end in the middle of a test.
 */
@ToolTest
@Import(MutableClock.Replacing.class)
@TestPropertySource(properties = { "lti.rate-limits.pending-logins=5", "lti.rate-limits.refusals-recorded-per-minute=3",
		"lti.rate-limits.registrations-per-hour=3", "lti.rate-limits.admin-login-failures=3",
		"lti.admin.password=correct-admin-password", "lti.registration.auto-approve=false",
		"lti.registration.max-pending=1" })
class AnonymousLimitsTests {

	static final TestPlatform platform = new TestPlatform();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LaunchFailures failures;

	@Autowired
	RateLimits limits;

	@Autowired
	MutableClock clock;

	@Autowired
	MeterRegistry meters;

	@DynamicPropertySource
	static void platforms(DynamicPropertyRegistry registry) {
		platform.declare(registry);
	}

	@Test
	void unfinishedLoginsBeyondTheLimitAreRefusedWith429AndStoreNothing() {
		// the other tests' logins have expired
		this.clock.advance(Duration.ofMinutes(10));
		TestBrowser browser = new TestBrowser(this.port);
		for (int i = 0; i < 5; i++) {
			assertThat(browser.login(platform).response().statusCode()).isEqualTo(302);
		}
		long states = this.jdbc.sql("select count(*) from login_state").query(Long.class).single();
		HttpResponse<String> refused = browser.login(platform).response();
		assertThat(refused.statusCode()).isEqualTo(429);
		assertThat(refused.headers().firstValue("Retry-After")).contains("60");
		assertThat(refused.body()).contains("rate_limited", "wait a minute");
		assertThat(this.jdbc.sql("select count(*) from login_state").query(Long.class).single()).isEqualTo(states);
		// a login finished by its launch, or expired, no longer counts
		this.clock.advance(Duration.ofMinutes(6));
		assertThat(browser.login(platform).response().statusCode()).isEqualTo(302);
	}

	@Test
	void aFloodOfRefusedLaunchesStoresOneRowWithACountAndStopsAtTheLimit() {
		TestBrowser browser = new TestBrowser(this.port);
		double before = this.meters.counter("lti.launch.rejected", "reason", "state_missing").count();
		for (int i = 0; i < 8; i++) {
			assertThat(browser.launch(Map.of("id_token", "x"), null).statusCode()).isEqualTo(400);
		}
		List<LaunchFailures.Failure> stored = this.failures.recent(100)
			.stream()
			.filter((failure) -> failure.reason() == RejectionReason.STATE_MISSING)
			.toList();
		assertThat(stored).hasSize(1);
		assertThat(stored.get(0).repeats()).isEqualTo(3);
		// every refusal is still logged and counted
		assertThat(this.meters.counter("lti.launch.rejected", "reason", "state_missing").count() - before).isEqualTo(8);
	}

	@Test
	void registrationsAreLimitedPerAddressAndThePendingQueueIsCapped() {
		String first = register();
		assertThat(first).contains("must approve");
		platform.registration().behave(null, true, true, 0);
		HttpResponse<String> queueFull = ToolHttp.get(this.port,
				"/lti/register?openid_configuration="
						+ URLEncoder.encode(platform.registration().configurationUrl(), StandardCharsets.UTF_8)
						+ "&registration_token=t2");
		assertThat(queueFull.statusCode()).isEqualTo(429);
		assertThat(queueFull.body()).contains("waiting for its admin");
		int requests = platform.registration().requests().size();
		HttpResponse<String> third = ToolHttp.get(this.port, "/lti/register?openid_configuration=x");
		assertThat(third.body()).contains("waiting for its admin");
		HttpResponse<String> limited = ToolHttp.get(this.port, "/lti/register?openid_configuration=x");
		assertThat(limited.statusCode()).isEqualTo(429);
		assertThat(limited.body()).contains("too many registrations");
		assertThat(platform.registration().requests()).hasSize(requests);
	}

	private String register() {
		return ToolHttp
			.get(this.port,
					"/lti/register?openid_configuration="
							+ URLEncoder.encode(platform.registration().configurationUrl(), StandardCharsets.UTF_8)
							+ "&registration_token=t1")
			.body();
	}

	@Test
	void wrongAdminPasswordsLockTheAddressOutEvenForTheRightOne() {
		for (int i = 0; i < 3; i++) {
			assertThat(adminLogin("wrong-" + i).headers().firstValue("Location").orElseThrow())
				.endsWith("/admin/login?error");
		}
		HttpResponse<String> locked = adminLogin("correct-admin-password");
		assertThat(locked.statusCode()).isEqualTo(429);
		assertThat(locked.body()).contains("Too many wrong passwords");
		assertThat(locked.headers().allValues("Set-Cookie")).noneMatch((c) -> c.startsWith("lesson_tool_admin="));
		this.clock.advance(Duration.ofMinutes(15));
		assertThat(adminLogin("correct-admin-password").headers().firstValue("Location").orElseThrow())
			.endsWith("/admin");
	}

	private HttpResponse<String> adminLogin(String password) {
		TestBrowser browser = new TestBrowser(this.port);
		HttpResponse<String> page = browser.get("/admin/login");
		String csrf = page.body().replaceAll("(?s).*name=\"_csrf\" value=\"([^\"]+)\".*", "$1");
		String cookie = page.headers()
			.allValues("Set-Cookie")
			.stream()
			.map((c) -> c.split(";", 2)[0])
			.filter((c) -> c.startsWith("XSRF-TOKEN="))
			.findFirst()
			.orElseThrow();
		return browser.postWithCookie("/admin/login", Map.of("username", "admin", "password", password, "_csrf", csrf),
				cookie);
	}

	@Test
	void parallelRequestsCannotPassALimitTogetherAndAnotherReplicaSeesTheSameCount() throws Exception {
		// the tutor let 16 of 40 parallel questions past a limit of 10 (issue 15)
		ExecutorService pool = Executors.newFixedThreadPool(8);
		try {
			List<Callable<Boolean>> asks = new ArrayList<>();
			for (int i = 0; i < 40; i++) {
				asks.add(() -> this.limits.tryAcquire("test", "launch-1", 10, Duration.ofMinutes(1)));
			}
			long passed = 0;
			for (Future<Boolean> ask : pool.invokeAll(asks)) {
				passed += ask.get() ? 1 : 0;
			}
			assertThat(passed).isEqualTo(10);
		}
		finally {
			pool.shutdownNow();
		}
		RateLimits replica = new RateLimits(this.jdbc, this.clock, this.meters);
		assertThat(replica.tryAcquire("test", "launch-1", 10, Duration.ofMinutes(1))).isFalse();
		assertThat(replica.tryAcquire("test", "launch-2", 10, Duration.ofMinutes(1))).isTrue();
	}

}
