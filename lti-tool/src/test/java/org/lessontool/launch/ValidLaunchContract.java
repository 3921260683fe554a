package org.lessontool.launch;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.lessontool.test.PageForms;
import org.lessontool.test.TestBrowser;
import org.lessontool.test.TestPlatform;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Launches that must succeed: the happy paths and the certification suite's valid cases
 * (X-02 to X-04).
 */
abstract class ValidLaunchContract extends LaunchContract {

	static final String MEMBERSHIP = "http://purl.imsglobal.org/vocab/lis/v2/membership#";

	static final String ROLES = "https://purl.imsglobal.org/spec/lti/claim/roles";

	// CV-05: TestPlatform's deployment id "1:deployment" has Canvas's <number>:<hash>
	// shape and is matched as an opaque string under the strict policy
	@Test
	void studentLaunchOpensTheLesson() {
		// lti-checklist C-14 (a cross-site form POST of id_token and state), C-42 (the
		// lesson is
		// rendered directly)
		HttpResponse<String> response = launchWith((claims) -> {
		});
		assertLaunched(response);
		assertThat(response.body()).doesNotContain("Teacher view", "Test student").contains("AI for Teens");
	}

	@Test
	void teacherLaunchOpensTheTeacherView() {
		HttpResponse<String> response = launchWith((claims) -> claims.put(ROLES, List.of(MEMBERSHIP + "Instructor")));
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Teacher view", "Your class", "Preview as a student");
	}

	@Test
	void launchByGetLoginWorks() {
		TestBrowser browser = browser();
		TestBrowser.Login login = browser.login(browser.loginParameters(main), false);
		assertLaunched(browser.launch(main.sign(main.studentClaims(login.nonce(), browser.targetLinkUri())), login));
	}

	@Test
	void deepLinkingRequestIsRecognised() {
		HttpResponse<String> response = launchWith((claims) -> {
			claims.put("https://purl.imsglobal.org/spec/lti/claim/message_type", "LtiDeepLinkingRequest");
			claims.remove("https://purl.imsglobal.org/spec/lti/claim/resource_link");
			claims.remove("https://purl.imsglobal.org/spec/lti/claim/target_link_uri");
			claims.put(ROLES, List.of(MEMBERSHIP + "Instructor"));
			claims.put("https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings",
					Map.of("deep_link_return_url", main.issuer() + "/deep-link-return", "accept_types",
							List.of("ltiResourceLink")));
		});
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("Add the lesson to your course", "Activity title",
				"/lti/deep-linking/response");
	}

	@Test
	void mentorGetsReadOnlyAccess() {
		// lti-checklist C-41
		assertThat(launchWith((claims) -> claims.put(ROLES, List.of(MEMBERSHIP + "Mentor"))).body())
			.contains("Read-only");
	}

	@Test
	void institutionInstructorLaunchingAsLearnerIsAStudent() {
		HttpResponse<String> response = launchWith((claims) -> claims.put(ROLES, List.of(MEMBERSHIP + "Learner",
				"http://purl.imsglobal.org/vocab/lis/v2/institution/person#Instructor")));
		assertLaunched(response);
		assertThat(response.body()).doesNotContain("Teacher view");
	}

	// CV-07: Canvas's Student View adds the TestUser system role
	@Test
	void testUserIsMarked() {
		assertThat(launchWith((claims) -> claims.put(ROLES,
				List.of(MEMBERSHIP + "Learner", "http://purl.imsglobal.org/vocab/lti/system/person#TestUser")))
			.body()).contains("Test student");
	}

	@Test
	void claimValuesAreEscaped() {
		// lti-checklist Z-15: a course title with a script renders as text
		HttpResponse<String> response = launchWith(
				(claims) -> claims.put("https://purl.imsglobal.org/spec/lti/claim/context",
						Map.of("id", "c-xss", "title", "<script>alert(1)</script>")));
		assertLaunched(response);
		assertThat(response.body()).doesNotContain("<script>alert(1)</script>")
			.contains("&lt;script&gt;alert(1)&lt;/script&gt;");
	}

	@Test
	void theLessonLeadsBackToTheCourseWhenTheLmsSaysWhere() {
		// issue 16: launch_presentation.return_url is the LMS's way back
		String back = main.issuer() + "/course/view.php?id=7";
		HttpResponse<String> response = launchWith((claims) -> claims
			.put("https://purl.imsglobal.org/spec/lti/claim/launch_presentation", Map.of("return_url", back)));
		assertLaunched(response);
		assertThat(response.body()).contains("<a href=\"" + back + "\">Back to the course</a>");
		assertThat(
				launchWith((claims) -> claims.remove("https://purl.imsglobal.org/spec/lti/claim/launch_presentation"))
					.body())
			.doesNotContain("Back to the course");
	}

	@Test
	void overlongNamesAndTitlesAreShortenedNotRefused() {
		// issue 15: these were 500s from the database; a real LMS's long course title
		// must
		// not keep a student out
		HttpResponse<String> response = launchWith((claims) -> {
			claims.put("name", "N".repeat(3000));
			claims.put("email", "e".repeat(2000) + "@example.org");
			claims.put("https://purl.imsglobal.org/spec/lti/claim/context",
					Map.of("id", "c-long", "title", "T".repeat(5000)));
			claims.put("https://purl.imsglobal.org/spec/lti/claim/resource_link",
					Map.of("id", "r-long", "title", "L".repeat(5000)));
			claims.put("https://purl.imsglobal.org/spec/lti/claim/launch_presentation",
					Map.of("document_target", "x".repeat(500)));
		});
		assertLaunched(response);
		assertThat(response.body()).doesNotContain("T".repeat(1001));
	}

	@Test
	void pageTokenOpensTheLessonAgainAndTamperedTokenDoesNot() {
		// lti-checklist C-33: the launch is kept server-side under a random id; a
		// tampered token is refused
		HttpResponse<String> launched = launchWith((claims) -> {
		});
		// issue 15, item 3: pages that carry tokens are never cached
		assertThat(launched.headers().firstValue("Cache-Control")).hasValue("no-store");
		String token = launchToken(launched);
		String csrf = PageForms.launchFields(launched.body()).get("csrf");
		HttpResponse<String> again = browser().post("/lesson", Map.of("lt", token, "csrf", csrf));
		assertLaunched(again);
		assertThat(again.headers().firstValue("Cache-Control")).hasValue("no-store");
		// a token in an address (history, logs, Referer) opens nothing
		HttpResponse<String> inUrl = browser().get("/lesson?lt=" + token);
		assertThat(inUrl.statusCode()).isEqualTo(401);
		assertThat(inUrl.body()).doesNotContain("data-launch-token");
		String tampered = token.substring(0, token.length() - 2) + (token.endsWith("A") ? "BB" : "AA");
		HttpResponse<String> refused = browser().post("/lesson", Map.of("lt", tampered, "csrf", csrf));
		assertThat(refused.statusCode()).isEqualTo(401);
		assertThat(refused.body()).contains("open the lesson again from your course")
			.doesNotContain("data-launch-token");
		assertThat(browser().get("/lesson").statusCode()).isEqualTo(401);
	}

	@Test
	void stateChangingRequestsNeedTheLaunchCsrfToken() {
		// lti-checklist Z-10: in-app changes need the launch's CSRF token
		String token = launchToken(launchWith((claims) -> {
		}));
		assertThat(browser().post("/lesson", Map.of("lt", token)).statusCode()).isEqualTo(403);
	}

	@Test
	void unknownDeploymentIsRecordedUnderTheAcceptNewPolicy() {
		assertLaunched(launchVia(learning, (login) -> login.put("lti_deployment_id", "7:new-course-install"),
				(claims) -> claims.put("https://purl.imsglobal.org/spec/lti/claim/deployment_id",
						"7:new-course-install")));
	}

	@Test
	void aBetaLaunchIsCheckedAgainstTheBetaRegistrationAlone() {
		// CV-01: Canvas's beta is another issuer with the same client id; its login goes
		// to beta's authorization endpoint and its id_token is checked with beta's keys
		TestBrowser browser = browser();
		TestBrowser.Login login = browser.login(browser.loginParameters(learning), true);
		assertThat(login.response().headers().firstValue("Location").orElseThrow())
			.startsWith(learning.authorizationEndpoint() + "?");
		Map<String, Object> claims = learning.studentClaims(login.nonce(), browser.targetLinkUri());
		assertRefused(browser.launch(main.sign(claims), login), RejectionReason.KEY_NOT_FOUND);
		TestBrowser.Login again = browser.login(browser.loginParameters(learning), true);
		assertLaunched(
				browser.launch(learning.sign(learning.studentClaims(again.nonce(), browser.targetLinkUri())), again));
	}

	@Test
	void aCrossSitePostOfThePlatformStorageCheckIsRefused() throws Exception {
		// S-06, issue 15 item 4: the attacker knows the launch id and state of a login it
		// started, and posts the check from its own site into the victim's browser
		TestBrowser browser = browser();
		Map<String, String> parameters = browser.loginParameters(main);
		parameters.put("lti_storage_target", "_parent");
		TestBrowser.Login login = browser.login(parameters, true);
		String state = PageForms.find(Pattern.compile("data-state=\"([^\"]+)\""), login.response().body(), "state");
		String nonce = PageForms.find(Pattern.compile("data-nonce=\"([^\"]+)\""), login.response().body(), "nonce");
		HttpResponse<String> waiting = browser.launch(
				Map.of("id_token", main.sign(main.studentClaims(nonce, browser.targetLinkUri())), "state", state),
				null);
		assertThat(waiting.body()).contains("data-mode=\"launch\"");
		String launchId = PageForms.find(Pattern.compile("name=\"launch_id\" value=\"([^\"]+)\""), waiting.body(),
				"launch id");
		String form = TestBrowser.form(Map.of("launch_id", launchId, "state", state));
		for (String origin : new String[] { "https://attacker.example", "null", null }) {
			HttpResponse<String> forged = confirm(form, origin);
			assertThat(forged.statusCode()).as(origin).isEqualTo(401);
			assertThat(forged.body()).as(origin).contains("state_not_bound").doesNotContain("data-launch-token");
		}
		// the tool's own page posting it goes on to the lesson
		assertLaunched(confirm(form, "http://localhost:" + this.port));
	}

	private HttpResponse<String> confirm(String form, String origin) throws Exception {
		java.net.http.HttpRequest.Builder request = java.net.http.HttpRequest
			.newBuilder(java.net.URI.create(browser().toolUrl("/lti/launch/confirm")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(java.net.http.HttpRequest.BodyPublishers.ofString(form));
		if (origin != null) {
			request.header("Origin", origin);
		}
		return java.net.http.HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
	}

	@Test
	void launchForTheSecondClientOfASharedIssuerResolvesToIt() {
		assertLaunched(launchVia(main, (login) -> login.put("client_id", "second-client"),
				(claims) -> claims.put("aud", "second-client")));
	}

	@Test
	void lessonPagesMayBeFramedByTheirPlatformOnly() {
		HttpResponse<String> response = launchWith((claims) -> {
		});
		String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(csp).contains("frame-ancestors 'self' " + main.issuer()).doesNotContain("*");
		assertThat(response.headers().firstValue("X-Frame-Options")).isEmpty();
	}

	@Test
	void pagesMayBeFramedByTheOriginsTheLaunchProvesAndNoOtherPlatform() {
		// Z-08, CV-02: Canvas's course pages are on the school's site, which the signed
		// return URL names; the issuer's site is another
		String school = "https://yourschool.instructure.com";
		HttpResponse<String> response = launchWith((claims) -> claims.put(
				"https://purl.imsglobal.org/spec/lti/claim/launch_presentation",
				Map.of("document_target", "iframe", "return_url", school + "/courses/2/external_content/success")));
		assertLaunched(response);
		String expected = "frame-ancestors 'self' " + main.issuer() + " " + school;
		assertThat(response.headers().firstValue("Content-Security-Policy").orElseThrow()).endsWith(expected)
			.doesNotContain(learning.issuer());
		// the pages after the launch carry the same policy, from the stored launch
		String token = PageForms.launchFields(response.body()).get("lt");
		HttpResponse<String> quiz = browser().post("/quiz",
				Map.of("lt", token, "csrf", PageForms.launchFields(response.body()).get("csrf")));
		assertThat(quiz.statusCode()).isEqualTo(200);
		assertThat(quiz.headers().firstValue("Content-Security-Policy").orElseThrow()).endsWith(expected);
	}

	@Test
	void thePolicyStaysUnderOneKilobyteWithFiveHundredPlatformsRegistered() {
		// Z-08: a policy listing every platform grew past Tomcat's header limit
		for (int i = 0; i < 500; i++) {
			String host = "https://moodle-" + i + ".a-rather-long-school-district-name.example.org";
			this.jdbc
				.sql("""
						insert into platform (id, issuer, client_id, authorization_endpoint, token_endpoint, jwks_url,
						deployment_policy, status, created_at) values (:id, :iss, 'c', :auth, :token, :jwks, 'STRICT', 'ACTIVE',
						current_timestamp)""")
				.param("id", java.util.UUID.randomUUID().toString())
				.param("iss", host + "/" + java.util.UUID.randomUUID())
				.param("auth", host + "/mod/lti/auth.php")
				.param("token", host + "/mod/lti/token.php")
				.param("jwks", host + "/mod/lti/certs.php")
				.update();
		}
		HttpResponse<String> response = launchWith((claims) -> {
		});
		assertLaunched(response);
		String csp = response.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(csp.length()).isLessThan(1024);
		assertThat(csp).doesNotContain("moodle-");
		assertThat(browser().get("/lti/login").headers().firstValue("Content-Security-Policy").orElseThrow().length())
			.isLessThan(1024);
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("certificationValidLaunches")
	void certificationValidLaunchSucceeds(String name, Consumer<Map<String, Object>> edit) {
		// lti-checklist X-03 (the certification suite's valid launches), C-34 (optional
		// claims
		// missing), C-38 (short role names), C-39 (an unknown role is no error)
		assertLaunched(launchWith(edit));
	}

	static List<Arguments> certificationValidLaunches() {
		return List.of(
				Arguments.of("aud as a plain string", edit((claims) -> claims.put("aud", TestPlatform.CLIENT_ID))),
				Arguments.of("teacher with multiple roles",
						edit((claims) -> claims.put(ROLES,
								List.of(MEMBERSHIP + "Instructor",
										"http://purl.imsglobal.org/vocab/lis/v2/institution/person#Faculty")))),
				Arguments.of("short role Instructor", edit((claims) -> claims.put(ROLES, List.of("Instructor")))),
				Arguments.of("short role Learner", edit((claims) -> claims.put(ROLES, List.of("Learner")))),
				Arguments.of("unknown role",
						edit((claims) -> claims.put(ROLES,
								List.of("http://purl.imsglobal.org/vocab/lis/v2/unknown/unknown#Helper")))),
				Arguments.of("no role []", edit((claims) -> claims.put(ROLES, List.of()))),
				Arguments.of("no role [\"\"]", edit((claims) -> claims.put(ROLES, List.of("")))),
				Arguments.of("only email", edit((claims) -> claims.remove("name"))),
				Arguments.of("only names", edit((claims) -> {
					claims.remove("email");
					claims.remove("name");
					claims.put("given_name", "Sam");
					claims.put("family_name", "Student");
				})),
				// CV-06, M-06: Canvas at "anonymous" and Moodle set not to share names
				// send sub
				// alone
				Arguments.of("no PII", edit((claims) -> {
					claims.remove("email");
					claims.remove("name");
				})), Arguments.of("email and no context", edit((claims) -> {
					claims.remove("name");
					claims.remove("https://purl.imsglobal.org/spec/lti/claim/context");
				})), Arguments.of("only resource link, no services", edit((claims) -> {
					claims.remove("https://purl.imsglobal.org/spec/lti/claim/context");
					claims.remove("https://purl.imsglobal.org/spec/lti-ags/claim/endpoint");
				})), Arguments.of("unknown extra claims and custom values", edit((claims) -> {
					claims.put("https://www.instructure.com/placement", "assignment_selection");
					claims.put("https://purl.imsglobal.org/spec/lti/claim/custom", Map.of("max_attempts", "3", "n", 5));
				})));
	}

	static Consumer<Map<String, Object>> edit(Consumer<Map<String, Object>> edit) {
		return edit;
	}

	static String launchToken(HttpResponse<String> response) {
		Matcher matcher = Pattern.compile("data-launch-token=\"([^\"]+)\"").matcher(response.body());
		assertThat(matcher.find()).as("launch token in page").isTrue();
		return matcher.group(1);
	}

}
