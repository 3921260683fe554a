package org.lessontool.launch;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lessontool.test.TestBrowser;
import org.lessontool.test.TestPlatform;
import org.lessontool.test.ToolTest;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 18: a tool served under a path ({@code https://host/lessons}) registers
 * {@code /lessons/lti/launch} and must log in with that same redirect_uri (lti-checklist
 * C-13); before, every login initiation answered 400 and sent the platform to
 * {@code /lti/launch}.
 */
@ToolTest
@TestPropertySource(properties = "server.servlet.context-path=/lessons")
class ToolUnderAPathTests {

	static final TestPlatform platform = new TestPlatform();

	@LocalServerPort
	int port;

	@DynamicPropertySource
	static void platforms(DynamicPropertyRegistry registry) {
		platform.declare(registry);
	}

	@Test
	void whenTheToolIsServedUnderAPathThenALaunchGoesThroughItsOwnUrls() {
		TestBrowser browser = new TestBrowser(this.port, "/lessons");
		TestBrowser.Login login = browser.login(platform);
		assertThat(login.response().statusCode()).as(login.response().body()).isEqualTo(302);
		assertThat(login.query()).containsEntry("redirect_uri",
				"http://localhost:" + this.port + "/lessons/lti/launch");
		Map<String, Object> claims = platform.studentClaims(login.nonce(), browser.targetLinkUri());
		HttpResponse<String> page = browser.launch(platform.sign(claims), login);
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		assertThat(page.body()).contains("AI and Why Companies");
	}

	@Test
	void whenTheToolIsServedUnderAPathThenWhatAPlatformRegistersIsUnderItToo() throws Exception {
		String config = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create(new TestBrowser(this.port, "/lessons").toolUrl("/lti/canvas.json")))
				.build(), HttpResponse.BodyHandlers.ofString())
			.body();
		assertThat(config).contains("http://localhost:" + this.port + "/lessons/lti/launch",
				"http://localhost:" + this.port + "/lessons/lti/login",
				"http://localhost:" + this.port + "/lessons/.well-known/jwks.json");
	}

	@Test
	void whenTheTargetIsOutsideTheToolsPathThenTheLoginIsRefused() {
		// lti-checklist C-12: not the tool's own page once the tool lives under /lessons
		TestBrowser browser = new TestBrowser(this.port, "/lessons");
		Map<String, String> parameters = browser.loginParameters(platform);
		parameters.put("target_link_uri", "http://localhost:" + this.port + "/lti/launch");
		assertThat(browser.login(parameters, true).response().statusCode()).isEqualTo(400);
	}

}
