package org.lessontool.platform;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.lessontool.registration.Platforms;
import org.lessontool.test.DripServer;
import org.lessontool.test.TestBrowser;
import org.lessontool.test.TestPlatform;
import org.lessontool.test.ToolHttp;
import org.lessontool.test.ToolTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Issue 15, item 1 (lti-checklist Z-07): a platform that drips its answer one byte at a
 * time, or never answers, holds no request past the outbound deadline: not a dynamic
 * registration, not a launch's key fetch, not a token request. The drip lasts a minute;
 * the deadline here is 2 s.
 */
@ToolTest
@TestPropertySource(properties = { "lti.outbound.deadline=2s", "lti.platform.deadline=2s" })
class OutboundDeadlineTests {

	static final DripServer slow = new DripServer();

	static final TestPlatform dripKeys = new TestPlatform();

	static final TestPlatform dripTokens = new TestPlatform();

	/** Far below the drip's minute, far above the 2 s deadline on a busy machine. */
	static final Duration BOUND = Duration.ofSeconds(20);

	@LocalServerPort
	int port;

	@Autowired
	ServiceTokens tokens;

	@Autowired
	Platforms platforms;

	@DynamicPropertySource
	static void platforms(DynamicPropertyRegistry registry) {
		dripKeys.declare(registry, 0, TestPlatform.CLIENT_ID, "STRICT");
		registry.add("lti.platforms[0].jwks-url", slow::drip);
		dripTokens.declare(registry, 1, TestPlatform.CLIENT_ID, "STRICT");
		registry.add("lti.platforms[1].token-endpoint", slow::drip);
	}

	@AfterAll
	static void stop() {
		slow.close();
	}

	@Test
	void aDripFedRegistrationEndsAtTheDeadlineWithAClearRefusal() {
		long start = System.nanoTime();
		HttpResponse<String> page = ToolHttp.get(this.port, "/lti/register?openid_configuration="
				+ URLEncoder.encode(slow.drip(), StandardCharsets.UTF_8) + "&registration_token=t");
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);
		assertThat(page.statusCode()).isBetween(400, 499);
		assertThat(page.body()).contains("did not answer within 2 s");
	}

	@Test
	void aDripFedKeySetRefusesTheLaunchAtTheDeadline() {
		TestBrowser browser = new TestBrowser(this.port);
		TestBrowser.Login login = browser.login(dripKeys);
		long start = System.nanoTime();
		HttpResponse<String> page = browser
			.launch(dripKeys.sign(dripKeys.studentClaims(login.nonce(), browser.targetLinkUri())), login);
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);
		assertThat(page.statusCode()).isEqualTo(401);
		assertThat(page.body()).contains("key_not_found");
	}

	@Test
	void aDripFedTokenEndpointFailsAtTheDeadlineAndIsRetried() {
		var platform = this.platforms.find(dripTokens.issuer(), TestPlatform.CLIENT_ID).orElseThrow();
		long start = System.nanoTime();
		assertThatThrownBy(
				() -> this.tokens.get(platform, Set.of("https://purl.imsglobal.org/spec/lti-ags/scope/score")))
			.isInstanceOfSatisfying(PlatformCallException.class,
					(ex) -> assertThat(ex.kind()).isEqualTo(PlatformCallException.Kind.UNAVAILABLE));
		assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(BOUND);
	}

}
