package org.lessontool.launch;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.Test;
import org.lessontool.test.TestBrowser;
import org.lessontool.test.TestPlatform;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * State, nonce and keys over time: replays, browser binding, key rotation (C-11, C-16,
 * C-20, C-25, Z-05).
 */
abstract class ReplayContract extends LaunchContract {

	@Autowired
	MeterRegistry meters;

	@Test
	void replayedLaunchIsRefused() {
		TestBrowser browser = browser();
		TestBrowser.Login login = browser.login(main);
		String token = main.sign(main.studentClaims(login.nonce(), browser.targetLinkUri()));
		assertLaunched(browser.launch(token, login));
		assertRefused(browser.launch(token, login), RejectionReason.STATE_UNKNOWN);
	}

	@Test
	void twoPostsOfOneLaunchAtOnceLetExactlyOneIn() throws Exception {
		TestBrowser browser = browser();
		TestBrowser.Login login = browser.login(main);
		String token = main.sign(main.studentClaims(login.nonce(), browser.targetLinkUri()));
		CountDownLatch start = new CountDownLatch(1);
		List<CompletableFuture<HttpResponse<String>>> posts = List.of(1, 2)
			.stream()
			.map((i) -> CompletableFuture.supplyAsync(() -> {
				await(start);
				return browser.launch(token, login);
			}))
			.toList();
		start.countDown();
		List<Integer> statuses = posts.stream().map(CompletableFuture::join).map(HttpResponse::statusCode).toList();
		assertThat(statuses).containsExactlyInAnyOrder(200, 401);
	}

	@Test
	void launchFromABrowserThatDidNotStartTheLoginIsRefused() {
		TestBrowser browser = browser();
		TestBrowser.Login login = browser.login(main);
		String token = main.sign(main.studentClaims(login.nonce(), browser.targetLinkUri()));
		HttpResponse<String> refused = browser.launch(Map.of("id_token", token, "state", login.state()), null);
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.body()).contains("Open the lesson in a new tab", RejectionReason.STATE_NOT_BOUND.tag())
			.doesNotContain("data-launch-token", "Exception");
		// the state is spent: the rightful browser must start again too
		assertRefused(browser.launch(token, login), RejectionReason.STATE_UNKNOWN);
	}

	@Test
	void aBrowserWithoutIframeCookiesReachesTheLessonThroughTheNewTab() {
		// S-01 step 3: no state cookie in the frame and no platform storage
		TestBrowser frame = browser();
		TestBrowser.Login login = frame.login(main);
		HttpResponse<String> refused = frame.launch(Map.of("id_token",
				main.sign(main.studentClaims(login.nonce(), frame.targetLinkUri())), "state", login.state()), null);
		Matcher link = Pattern.compile("id=\"open-new-tab\" href=\"([^\"]+)\" target=\"_blank\"")
			.matcher(refused.body());
		assertThat(link.find()).as(refused.body()).isTrue();
		String relaunch = link.group(1).replace("&amp;", "&");
		assertThat(relaunch).startsWith(frame.toolUrl("/lti/login?iss="));
		// the new tab is top-level: the login's cookie is first-party and comes back
		TestBrowser tab = browser();
		TestBrowser.Login fresh = tab.login(queryOf(relaunch), false);
		assertThat(fresh.query()).containsEntry("lti_message_hint", login.query().get("lti_message_hint"));
		HttpResponse<String> lesson = tab.launch(main.sign(main.studentClaims(fresh.nonce(), tab.targetLinkUri())),
				fresh);
		assertThat(lesson.statusCode()).isEqualTo(200);
		assertThat(lesson.body()).contains("AI and Why Companies");
	}

	private static Map<String, String> queryOf(String url) {
		Map<String, String> query = new java.util.LinkedHashMap<>();
		for (String pair : java.net.URI.create(url).getRawQuery().split("&")) {
			int eq = pair.indexOf('=');
			query.put(pair.substring(0, eq),
					java.net.URLDecoder.decode(pair.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
		}
		return query;
	}

	@Test
	void missingOrUnknownStateIsRefused() {
		TestBrowser browser = browser();
		TestBrowser.Login login = browser.login(main);
		String token = main.sign(main.studentClaims(login.nonce(), browser.targetLinkUri()));
		assertRefused(browser.launch(Map.of("id_token", token), login.cookie()), RejectionReason.STATE_MISSING);
		assertRefused(browser.launch(Map.of("id_token", token, "state", "made-up"), login.cookie()),
				RejectionReason.STATE_UNKNOWN);
	}

	/** lti-checklist C-15: the platform posts an OIDC error instead of an id_token. */
	@Test
	void platformErrorResponseGetsAFriendlyPage() {
		TestBrowser.Login login = browser().login(main);
		HttpResponse<String> response = browser().launch(
				Map.of("error", "access_denied", "error_description", "User is not enrolled", "state", login.state()),
				login.cookie());
		assertRefused(response, RejectionReason.PLATFORM_ERROR);
		assertThat(response.body()).contains("access_denied", "User is not enrolled");
	}

	@Test
	void unknownDeploymentIsRefusedUnderTheStrictPolicy() {
		HttpResponse<String> response = launchVia(main, (login) -> login.put("lti_deployment_id", "3:abc"),
				(claims) -> claims.put("https://purl.imsglobal.org/spec/lti/claim/deployment_id", "3:abc"));
		assertRefused(response, RejectionReason.DEPLOYMENT_UNKNOWN);
		assertThat(response.body()).contains(
				"deployment 3:abc of " + main.issuer() + " (client " + TestPlatform.CLIENT_ID + ") is not registered");
	}

	@Test
	void refusalsAreCountedByReason() {
		double before = this.meters.counter("lti.launch.rejected", "reason", "audience_mismatch").count();
		assertRefused(launchWith((claims) -> claims.put("aud", "nobody")), RejectionReason.AUDIENCE_MISMATCH);
		assertThat(this.meters.counter("lti.launch.rejected", "reason", "audience_mismatch").count())
			.isEqualTo(before + 1);
	}

	@Test
	void unknownKidIsLookedUpOnceMoreThenRefused() {
		assertLaunched(launchWith((claims) -> {
		}));
		pastRefreshInterval();
		int fetches = main.jwksFetches();
		TestBrowser browser = browser();
		TestBrowser.Login login = browser.login(main);
		String token = main.sign(main.studentClaims(login.nonce(), browser.targetLinkUri()),
				(h) -> h.keyID("rotated-away"));
		assertRefused(browser.launch(token, login), RejectionReason.KEY_NOT_FOUND);
		assertThat(main.jwksFetches()).isEqualTo(fetches + 1);
	}

	@Test
	void aPlatformsNewKeyIsHonouredRightAfterForgedUnknownKidsUsedTheRefetchWindow() {
		// issue 15: forged tokens with unknown kids used up the refetch window, and the
		// platform's genuinely new key was then refused
		assertLaunched(launchWith((claims) -> {
		}));
		TestBrowser browser = browser();
		TestBrowser.Login forged = browser.login(main);
		assertRefused(browser.launch(
				main.sign(main.studentClaims(forged.nonce(), browser.targetLinkUri()), (h) -> h.keyID("forged-kid")),
				forged), RejectionReason.KEY_NOT_FOUND);
		main.rotate();
		assertLaunched(launchWith((claims) -> {
		}));
		// the forged kid, just looked for in vain, costs the platform no further fetch
		int fetches = main.jwksFetches();
		TestBrowser.Login again = browser.login(main);
		assertRefused(browser.launch(
				main.sign(main.studentClaims(again.nonce(), browser.targetLinkUri()), (h) -> h.keyID("forged-kid")),
				again), RejectionReason.KEY_NOT_FOUND);
		assertThat(main.jwksFetches()).isEqualTo(fetches);
	}

	@Test
	void platformKeyRotationIsFollowedWithoutRestart() {
		assertLaunched(launchWith((claims) -> {
		}));
		main.rotate();
		pastRefreshInterval();
		assertLaunched(launchWith((claims) -> {
		}));
		assertLaunched(launchWith((claims) -> {
		}));
	}

	/**
	 * The test profile allows one JWKS refetch per 200 ms (lti.jwks.refresh-interval).
	 */
	private static void pastRefreshInterval() {
		try {
			Thread.sleep(300);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
