package org.lessontool.launch;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lessontool.admin.LaunchFailures;
import org.lessontool.test.TestBrowser;
import org.lessontool.test.TestPlatform;

import static org.assertj.core.api.Assertions.assertThat;

/** OIDC third-party login (lti-checklist C-05 to C-13, S-01, S-02, S-05). */
abstract class LoginContract extends LaunchContract {

	@Test
	void loginByPostRedirectsToThePlatformWithEveryParameter() {
		// lti-checklist C-06 (the login parameters), C-09 (the authorization request),
		// C-10 (a 302
		// top-level navigation)
		TestBrowser.Login login = browser().login(main);
		assertThat(login.response().statusCode()).isEqualTo(302);
		assertThat(login.response().headers().firstValue("Location").orElseThrow())
			.startsWith(main.authorizationEndpoint() + "?");
		assertThat(login.query()).containsEntry("scope", "openid")
			.containsEntry("response_type", "id_token")
			.containsEntry("response_mode", "form_post")
			.containsEntry("prompt", "none")
			.containsEntry("client_id", TestPlatform.CLIENT_ID)
			.containsEntry("redirect_uri", browser().toolUrl("/lti/launch"))
			.containsEntry("login_hint", "student-7")
			.containsEntry("lti_message_hint", "{\"cmid\":2,\"launchid\":\"ltilaunch1_1014286897\"}")
			.containsKeys("state", "nonce");
		assertThat(login.state()).hasSizeGreaterThanOrEqualTo(22);
		assertThat(login.nonce()).hasSizeGreaterThanOrEqualTo(22).isNotEqualTo(login.state());
	}

	@Test
	void anOverlongClientIdIsABadRequest() {
		// issue 15: a client_id over 255 characters was a 500
		java.util.Map<String, String> parameters = browser().loginParameters(main);
		parameters.put("client_id", "c".repeat(300));
		TestBrowser.Login login = browser().login(parameters, true);
		assertThat(login.response().statusCode()).isBetween(400, 499);
		assertThat(login.response().body()).doesNotContain("Exception");
	}

	@Test
	void loginByGetWorksLikePost() {
		TestBrowser.Login login = browser().login(browser().loginParameters(main), false);
		assertThat(login.response().statusCode()).isEqualTo(302);
		assertThat(login.query()).containsEntry("client_id", TestPlatform.CLIENT_ID).containsKeys("state", "nonce");
	}

	/** lti-checklist Z-09. */
	@Test
	void stateCookieIsHostPrefixedPartitionedAndCrossSite() {
		TestBrowser.Login login = browser().login(main);
		assertThat(login.setCookie()).startsWith("__Host-lti_state_" + login.state() + "=" + login.state())
			.contains("Path=/", "Secure", "HttpOnly", "SameSite=None", "Partitioned")
			.doesNotContain("Domain=");
	}

	@Test
	void twoLoginsGetDifferentStateAndNonce() {
		TestBrowser.Login first = browser().login(main);
		TestBrowser.Login second = browser().login(main);
		assertThat(first.state()).isNotEqualTo(second.state());
		assertThat(first.nonce()).isNotEqualTo(second.nonce());
	}

	@Test
	void hintsPassBackByteForByte() {
		Map<String, String> parameters = browser().loginParameters(main);
		parameters.put("lti_message_hint", "a+b/c=d&e f\"{}");
		parameters.put("login_hint", "4+2");
		TestBrowser.Login login = browser().login(parameters, true);
		assertThat(login.query()).containsEntry("lti_message_hint", "a+b/c=d&e f\"{}")
			.containsEntry("login_hint", "4+2");
	}

	@Test
	void unknownParametersAreIgnored() {
		// lti-checklist C-08
		Map<String, String> parameters = browser().loginParameters(main);
		parameters.put("foo", "bar");
		parameters.put("canvas_region", "us-east-1");
		assertThat(browser().login(parameters, true).response().statusCode()).isEqualTo(302);
	}

	@Test
	void missingLoginHintIsRefusedWithoutRedirect() {
		Map<String, String> parameters = browser().loginParameters(main);
		parameters.remove("login_hint");
		TestBrowser.Login login = browser().login(parameters, true);
		assertRefused(login.response(), RejectionReason.LOGIN_PARAMETER_MISSING);
		assertThat(login.response().headers().firstValue("Location")).isEmpty();
	}

	@Test
	void foreignTargetLinkUriIsRefused() {
		for (String foreign : new String[] { "https://evil.example/lti/launch", "//evil.example/lti/launch",
				browser().toolUrl("/somewhere-else"), "http://localhost.evil.example:" + this.port + "/lti/launch" }) {
			Map<String, String> parameters = browser().loginParameters(main);
			parameters.put("target_link_uri", foreign);
			TestBrowser.Login login = browser().login(parameters, true);
			assertRefused(login.response(), RejectionReason.TARGET_LINK_URI_FOREIGN);
			assertThat(login.response().headers().firstValue("Location")).as(foreign).isEmpty();
		}
	}

	@Test
	void unknownIssuerIsRefused() {
		Map<String, String> parameters = browser().loginParameters(main);
		parameters.put("iss", "https://canvas.instructure.com");
		assertRefused(browser().login(parameters, true).response(), RejectionReason.PLATFORM_UNKNOWN);
	}

	@Test
	void aHugeOrMultiLineIssuerIsQuotedOnOneBoundedLine() {
		// issue 15: a 1.5 MB iss gave a 1.5 MB log line and error page; CR/LF forged log
		// lines
		Map<String, String> parameters = browser().loginParameters(main);
		parameters.put("iss", "https://evil.example/\r\n2026-11-30 INFO forged line " + "x".repeat(1_500_000));
		HttpResponse<String> huge = browser().login(parameters, true).response();
		assertThat(huge.statusCode()).isEqualTo(413);
		assertThat(huge.body().length()).isLessThan(1000);
		parameters.put("iss", "https://evil.example/\r\n2026-11-30 INFO forged line " + "x".repeat(200));
		HttpResponse<String> refused = browser().login(parameters, true).response();
		assertRefused(refused, RejectionReason.PLATFORM_UNKNOWN);
		LaunchFailures.Failure stored = this.failures.recent(1).get(0);
		assertThat(stored.detail()).hasSizeLessThan(400).doesNotContain("\n", "\r").contains("forged line");
	}

	@Test
	void issuerWithTwoRegistrationsNeedsAClientId() {
		Map<String, String> parameters = browser().loginParameters(main);
		parameters.remove("client_id");
		assertRefused(browser().login(parameters, true).response(), RejectionReason.PLATFORM_AMBIGUOUS);
	}

	@Test
	void clientIdSelectsTheRegistrationOfASharedIssuer() {
		Map<String, String> parameters = browser().loginParameters(main);
		parameters.put("client_id", "second-client");
		assertThat(browser().login(parameters, true).query()).containsEntry("client_id", "second-client");
	}

	@Test
	void platformStorageTargetGetsTheStoragePage() {
		Map<String, String> parameters = browser().loginParameters(main);
		parameters.put("lti_storage_target", "post_message_forwarding");
		TestBrowser.Login login = browser().login(parameters, true);
		assertThat(login.response().statusCode()).isEqualTo(200);
		assertThat(login.response().body()).contains("data-mode=\"login\"", "data-target=\"post_message_forwarding\"",
				"data-origin=\"" + main.issuer() + "\"", "/js/lti-storage-");
	}

}
