package org.lessontool.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.lessontool.test.Student;
import org.lessontool.test.TestBrowser;
import org.lessontool.test.TestPlatform;
import org.lessontool.test.ToolTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThat;

/** The admin API: an API token per call, the console's operations as JSON. */
@ToolTest
class AdminApiTests {

	@LocalServerPort
	int port;

	@Autowired
	AdminApiTokens tokens;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void callsWithoutAValidTokenAreUnauthorized() throws Exception {
		assertThat(call("GET", "/admin/api/platforms", null, null).statusCode()).isEqualTo(401);
		assertThat(call("GET", "/admin/api/platforms", "lt_not-a-token", null).statusCode()).isEqualTo(401);
	}

	@Test
	void addListDisableAndRotateWithAToken() throws Exception {
		String token = this.tokens.create("test", 90);
		TestPlatform lms = new TestPlatform();
		String body = "{\"issuer\":\"" + lms.issuer() + "\",\"clientId\":\"api-client\",\"authorizationEndpoint\":\""
				+ lms.authorizationEndpoint() + "\",\"tokenEndpoint\":\"" + lms.tokenEndpoint() + "\",\"jwksUrl\":\""
				+ lms.jwksUrl() + "\",\"deploymentIds\":\"1\",\"deploymentPolicy\":\"STRICT\"}";
		HttpResponse<String> created = call("POST", "/admin/api/platforms", token, body);
		assertThat(created.statusCode()).isEqualTo(201);
		assertThat(created.body()).contains("\"clientId\":\"api-client\"", "\"status\":\"active\"",
				"\"deployments\":[\"1\"]");
		assertThat(call("POST", "/admin/api/platforms", token, body).body()).contains("registered already");
		assertThat(call("POST", "/admin/api/platforms", token, "{\"issuer\":\"\"}").statusCode()).isEqualTo(400);
		// issue 15: an endpoint longer than its column was a 500
		HttpResponse<String> longEndpoint = call("POST", "/admin/api/platforms", token,
				body.replace(lms.authorizationEndpoint(), lms.authorizationEndpoint() + "?" + "a".repeat(3000))
					.replace("api-client", "api-client-2"));
		assertThat(longEndpoint.statusCode()).isEqualTo(400);
		assertThat(longEndpoint.body()).contains("at most 1,000 characters");
		Matcher id = Pattern.compile("\"id\":\"([^\"]+)\"").matcher(created.body());
		assertThat(id.find()).isTrue();
		assertThat(call("POST", "/admin/api/platforms/" + id.group(1) + "/disable", token, "").body())
			.contains("\"status\":\"disabled\"");
		assertThat(call("GET", "/admin/api/platforms", token, null).body()).contains("api-client");
		assertThat(call("POST", "/admin/api/keys/rotate", token, "").body()).contains("\"next\"");
		assertThat(call("GET", "/admin/api/keys", token, null).body()).contains("\"state\":\"next\"",
				"\"state\":\"current\"");
	}

	@Test
	void aMoodleSiteEnteredByHandWithItsOwnPathsLaunchesAndReceivesTheGrade() throws Exception {
		// M-02: the values Moodle's "View configuration details" shows, pasted by an
		// admin
		TestPlatform moodle = new TestPlatform();
		moodle.behaveLike(TestPlatform.Lms.MOODLE);
		String site = moodle.issuer();
		String body = "{\"issuer\":\"" + site + "\",\"clientId\":\"" + TestPlatform.CLIENT_ID
				+ "\",\"authorizationEndpoint\":\"" + site + "/mod/lti/auth.php\",\"tokenEndpoint\":\"" + site
				+ "/mod/lti/token.php\",\"jwksUrl\":\"" + site + "/mod/lti/certs.php\",\"deploymentIds\":\""
				+ TestPlatform.DEPLOYMENT_ID + "\",\"deploymentPolicy\":\"STRICT\"}";
		assertThat(call("POST", "/admin/api/platforms", this.tokens.create("moodle-admin", 90), body).statusCode())
			.isEqualTo(201);
		TestBrowser browser = new TestBrowser(this.port);
		assertThat(browser.login(moodle).response().headers().firstValue("Location").orElseThrow())
			.startsWith(site + "/mod/lti/auth.php?");
		Student student = Student.launch(this.port, moodle, "moodle-manual", (claims) -> {
		});
		assertThat(moodle.jwksFetches()).isPositive();
		student.takeQuiz(Student.ALL_CORRECT);
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(moodle.ags().acceptedScores())
				.anySatisfy((score) -> assertThat(score.body()).contains("\"userId\":\"moodle-manual\"")));
		assertThat(moodle.ags().tokenLog()).isNotEmpty();
	}

	private HttpResponse<String> call(String method, String path, String token, String json) throws Exception {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("Content-Type", "application/json")
			.method(method,
					(json != null) ? HttpRequest.BodyPublishers.ofString(json) : HttpRequest.BodyPublishers.noBody());
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

}
