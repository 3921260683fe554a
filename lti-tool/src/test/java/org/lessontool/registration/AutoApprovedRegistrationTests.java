package org.lessontool.registration;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lessontool.test.TestBrowser;
import org.lessontool.test.TestPlatform;
import org.lessontool.test.ToolHttp;
import org.lessontool.test.ToolTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With auto-approval on (the embedded default), a platform registered dynamically
 * launches at once.
 */
@ToolTest
@TestPropertySource(properties = "lti.registration.auto-approve=true")
class AutoApprovedRegistrationTests {

	static final TestPlatform platform = new TestPlatform();

	@LocalServerPort
	int port;

	@Autowired
	PlatformRepository platforms;

	@Test
	void registeredPlatformLaunchesTheLesson() {
		String page = ToolHttp
			.get(this.port,
					"/lti/register?openid_configuration="
							+ URLEncoder.encode(platform.registration().configurationUrl(), StandardCharsets.UTF_8)
							+ "&registration_token=auto")
			.body();
		assertThat(page).contains("Lesson Tool is registered").doesNotContain("must approve");
		Platform registered = this.platforms.findByIssuer(platform.issuer()).get(0);
		assertThat(registered.status()).isEqualTo(Platform.Status.ACTIVE);
		TestBrowser browser = new TestBrowser(this.port);
		Map<String, String> login = browser.loginParameters(platform);
		login.put("client_id", registered.clientId());
		login.put("lti_deployment_id", "7");
		TestBrowser.Login started = browser.login(login, true);
		Map<String, Object> claims = platform.studentClaims(started.nonce(), browser.targetLinkUri());
		claims.put("aud", registered.clientId());
		claims.put("https://purl.imsglobal.org/spec/lti/claim/deployment_id", "7");
		java.net.http.HttpResponse<String> lesson = browser.launch(platform.sign(claims), started);
		assertThat(lesson.body()).contains("AI and Why Companies");
		// the new platform may frame the lesson at once, not after a cache expires
		assertThat(lesson.headers().firstValue("Content-Security-Policy").orElseThrow())
			.contains("frame-ancestors 'self' " + platform.issuer());
	}

}
