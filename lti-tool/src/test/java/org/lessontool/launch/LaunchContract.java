package org.lessontool.launch;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.Consumer;

import org.lessontool.admin.LaunchFailures;
import org.lessontool.test.TestBrowser;
import org.lessontool.test.SharedPlatforms;
import org.lessontool.test.TestPlatform;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tool on a random port with test platforms over loopback HTTP. Platform {@code main}
 * is declared twice under one issuer (two client ids, C-01/C-07); {@code learning}
 * accepts new deployments.
 */
abstract class LaunchContract {

	static final TestPlatform main = SharedPlatforms.MAIN;

	static final TestPlatform learning = SharedPlatforms.LEARNING;

	@LocalServerPort
	int port;

	@Autowired
	LaunchFailures failures;

	@Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	TestBrowser browser() {
		return new TestBrowser(this.port);
	}

	/** A full login and launch of {@code main} with the claims edited as given. */
	HttpResponse<String> launchWith(Consumer<Map<String, Object>> edit) {
		return launchVia(main, (parameters) -> {
		}, edit);
	}

	/**
	 * A full login and launch with the login parameters and the claims edited as given.
	 */
	HttpResponse<String> launchVia(TestPlatform platform, Consumer<Map<String, String>> loginEdit,
			Consumer<Map<String, Object>> claimsEdit) {
		TestBrowser browser = browser();
		Map<String, String> parameters = browser.loginParameters(platform);
		loginEdit.accept(parameters);
		TestBrowser.Login login = browser.login(parameters, true);
		Map<String, Object> claims = platform.studentClaims(login.nonce(), browser.targetLinkUri());
		claimsEdit.accept(claims);
		return browser.launch(platform.sign(claims), login);
	}

	static void assertLaunched(HttpResponse<String> response) {
		assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
		// a learner lands on the lesson, a teacher on the teacher view
		assertThat(response.body()).containsAnyOf("data-launch-token=\"", "Your class")
			.containsAnyOf("AI and Why Companies", "Teacher view");
	}

	static void assertRefused(HttpResponse<String> response, RejectionReason reason) {
		assertThat(response.statusCode()).isBetween(400, 499);
		assertThat(response.body()).contains("The lesson could not open", reason.tag())
			.doesNotContain("data-launch-token", "Exception", "at org.");
	}

}
