package org.lessontool.launch;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lessontool.test.TestBrowser;
import org.lessontool.test.ToolHttp;
import org.lessontool.test.ToolProcess;
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
@TestPropertySource(properties = { "server.servlet.context-path=/lessons", "lti.registration.auto-approve=true" })
class ToolUnderAPathTests {

	static final TestPlatform platform = new TestPlatform();

	/** Chosen before the tool starts, so its public URL can name it. */
	static final int PORT = ToolProcess.freePort();

	@LocalServerPort
	int port;

	@org.springframework.beans.factory.annotation.Autowired
	org.lessontool.registration.Platforms platforms;

	@DynamicPropertySource
	static void platforms(DynamicPropertyRegistry registry) {
		platform.declare(registry);
		registry.add("server.port", () -> PORT);
		registry.add("lti.tool.url", () -> "http://localhost:" + PORT + "/lessons");
	}

	@Test
	@SuppressWarnings("unchecked")
	void whenTheToolIsServedUnderAPathThenDynamicRegistrationLoginAndLaunchAllUseIt() throws Exception {
		// issue 18: tool URL http://localhost:PORT/lessons, with the path kept throughout
		TestPlatform lms = new TestPlatform();
		HttpResponse<String> registered = ToolHttp.get(this.port,
				"/lessons/lti/register?openid_configuration=" + java.net.URLEncoder
					.encode(lms.registration().configurationUrl(), java.nio.charset.StandardCharsets.UTF_8)
						+ "&registration_token=path-token");
		assertThat(registered.statusCode()).as(registered.body()).isEqualTo(200);
		java.util.List<org.lessontool.test.TestAgs.Recorded> requests = lms.registration().requests();
		Map<String, Object> sent = com.nimbusds.jose.util.JSONObjectUtils
			.parse(requests.get(requests.size() - 1).body());
		String base = "http://localhost:" + PORT + "/lessons";
		assertThat(sent).containsEntry("initiate_login_uri", base + "/lti/login")
			.containsEntry("jwks_uri", base + "/.well-known/jwks.json");
		assertThat((java.util.List<String>) sent.get("redirect_uris")).containsExactly(base + "/lti/launch");
		String clientId = this.platforms.findByIssuer(lms.issuer()).get(0).clientId();

		TestBrowser browser = new TestBrowser(this.port, "/lessons");
		Map<String, String> parameters = browser.loginParameters(lms);
		parameters.put("client_id", clientId);
		parameters.put("lti_deployment_id", "7");
		TestBrowser.Login login = browser.login(parameters, true);
		assertThat(login.response().statusCode()).as(login.response().body()).isEqualTo(302);
		assertThat(login.query()).containsEntry("redirect_uri", base + "/lti/launch")
			.containsEntry("client_id", clientId);
		Map<String, Object> claims = lms.studentClaims(login.nonce(), base + "/lti/launch");
		claims.put("aud", java.util.List.of(clientId));
		claims.put("https://purl.imsglobal.org/spec/lti/claim/deployment_id", "7");
		HttpResponse<String> page = browser.launch(lms.sign(claims), login);
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		assertThat(page.body()).contains("AI and Why Companies");
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
