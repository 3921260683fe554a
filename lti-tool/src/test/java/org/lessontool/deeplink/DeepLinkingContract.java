package org.lessontool.deeplink;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import org.junit.jupiter.api.Test;
import org.lessontool.test.PageForms;
import org.lessontool.test.Student;
import org.lessontool.test.TestBrowser;
import org.lessontool.test.SharedPlatforms;
import org.lessontool.test.TestPlatform;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Deep Linking 2.0 end to end (lti-checklist D-01 to D-09): a test platform sends the
 * request, the teacher answers in the picker, and the platform verifies the signed
 * response against the tool's published key set.
 */
abstract class DeepLinkingContract {

	static final String DL = "https://purl.imsglobal.org/spec/lti-dl/claim/";

	static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";

	/** D-04: opaque, echoed byte for byte, whatever it holds. */
	static final String DATA = "{\"course\":\"AI101\",\"note\":\"élève & <tag> \\\"quoted\\\"\"}";

	static final Pattern FORM = Pattern.compile("<form[^>]*action=\"([^\"]+)\"[^>]*>");

	static final Pattern JWT = Pattern.compile("<input type=\"hidden\" name=\"JWT\" value=\"([^\"]+)\"");

	static final TestPlatform platform = SharedPlatforms.MAIN;

	@LocalServerPort
	int port;

	@Test
	void minimalRequestOpensThePicker() {
		HttpResponse<String> picker = request(settings(), "Instructor");
		assertThat(picker.statusCode()).isEqualTo(200);
		assertThat(picker.body()).contains("Add the lesson to your course", "AI and Why Companies",
				"A gradebook column out of 15 points", "name=\"max_attempts\"", "name=\"grade_policy\"",
				"name=\"show_answers\"");
	}

	@Test
	void responseIsSignedAndCarriesTheLessonWithItsOptions() throws Exception {
		// lti-checklist X-05 (a signed response the platform verifies), D-05 (iat now,
		// exp five minutes
		// later, aud the platform's issuer)
		HttpResponse<String> page = add(request(settings(), "Instructor"), "Fine-tuning, period 3", "3", "latest");
		assertThat(page.statusCode()).isEqualTo(200);
		// D-08, CV-10: one form, posting the field JWT to the return URL, in the same
		// frame
		assertThat(FORM.matcher(page.body()).results().count()).isEqualTo(1);
		assertThat(action(page.body())).isEqualTo(platform.deepLinkReturnUrl());
		assertThat(page.body()).doesNotContain("target=\"_blank\"").contains("data-autosubmit");
		assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
			.contains("form-action 'self' " + platform.issuer());
		JWTClaimsSet claims = verify(jwt(page.body()));
		assertThat(claims.getIssuer()).isEqualTo(TestPlatform.CLIENT_ID);
		assertThat(claims.getAudience()).containsExactly(platform.issuer());
		assertThat(claims.getStringClaim(LTI + "message_type")).isEqualTo("LtiDeepLinkingResponse");
		assertThat(claims.getStringClaim(LTI + "version")).isEqualTo("1.3.0");
		assertThat(claims.getStringClaim(LTI + "deployment_id")).isEqualTo(TestPlatform.DEPLOYMENT_ID);
		assertThat(claims.getStringClaim(DL + "data")).isEqualTo(DATA);
		assertThat(claims.getStringClaim("nonce")).hasSizeGreaterThanOrEqualTo(32);
		assertThat(claims.getExpirationTime().getTime() - claims.getIssueTime().getTime()).isEqualTo(300_000);
		assertThat(claims.getIssueTime().getTime()).isCloseTo(System.currentTimeMillis(),
				org.assertj.core.data.Offset.offset(60_000L));
		List<Object> items = claims.getListClaim(DL + "content_items");
		assertThat(items).hasSize(1);
		@SuppressWarnings("unchecked")
		Map<String, Object> item = (Map<String, Object>) items.get(0);
		// D-06: the ltiResourceLink item
		assertThat(item).containsEntry("type", "ltiResourceLink")
			.containsEntry("title", "Fine-tuning, period 3")
			.containsEntry("url", "http://localhost:" + this.port + "/lti/launch")
			.containsEntry("custom",
					Map.of("lesson", "964", "max_attempts", "3", "grade_policy", "latest", "show_answers",
							"after_each"))
			.containsKey("iframe")
			.doesNotContainKey("window");
		assertThat(item.get("text").toString()).isNotBlank();
		@SuppressWarnings("unchecked")
		Map<String, Object> lineItem = (Map<String, Object>) item.get("lineItem");
		assertThat(lineItem).containsEntry("label", "Fine-tuning, period 3")
			.containsEntry("resourceId", "lesson-964")
			.containsEntry("tag", "quiz");
		assertThat(((Number) lineItem.get("scoreMaximum")).intValue()).isEqualTo(15);
	}

	@Test
	void everyResponseHasAFreshNonce() throws Exception {
		HttpResponse<String> picker = request(settings(), "Instructor");
		String first = verify(jwt(add(picker, "Lesson", "0", "best").body())).getStringClaim("nonce");
		String second = verify(jwt(add(picker, "Lesson", "0", "best").body())).getStringClaim("nonce");
		assertThat(first).isNotEqualTo(second);
	}

	@Test
	void platformThatTakesNoResourceLinkGetsAnEmptyResponseWithErrormsg() throws Exception {
		// lti-checklist D-03
		Map<String, Object> settings = settings();
		settings.put("accept_types", List.of("link", "html"));
		HttpResponse<String> page = request(settings, "Instructor");
		assertThat(page.statusCode()).isEqualTo(200);
		JWTClaimsSet claims = verify(jwt(page.body()));
		assertThat(claims.getClaim(DL + "content_items")).isNull();
		assertThat(claims.getStringClaim(DL + "errormsg")).contains("LTI resource link");
		assertThat(claims.getStringClaim(DL + "data")).isEqualTo(DATA);
	}

	@Test
	void onlyAcceptedPresentationTargetsAndLineItemsAreSent() throws Exception {
		// lti-checklist D-07
		Map<String, Object> settings = settings();
		settings.put("accept_presentation_document_targets", List.of("window"));
		settings.put("accept_lineitem", false);
		settings.put("accept_multiple", false);
		HttpResponse<String> page = add(request(settings, "Instructor"), "Lesson", "1", "best");
		List<Object> items = verify(jwt(page.body())).getListClaim(DL + "content_items");
		assertThat(items).hasSize(1);
		@SuppressWarnings("unchecked")
		Map<String, Object> item = (Map<String, Object>) items.get(0);
		assertThat(item).containsKey("window").doesNotContainKeys("iframe", "lineItem");
	}

	@Test
	void cancellingReturnsAnEmptyResponseWithAMessage() throws Exception {
		HttpResponse<String> picker = request(settings(), "Instructor");
		Map<String, String> form = new LinkedHashMap<>(PageForms.launchFields(picker.body()));
		form.put("action", "cancel");
		HttpResponse<String> page = new TestBrowser(this.port).post("/lti/deep-linking/response", form);
		assertThat(page.statusCode()).isEqualTo(200);
		JWTClaimsSet claims = verify(jwt(page.body()));
		assertThat(claims.getClaim(DL + "content_items")).isNull();
		assertThat(claims.getStringClaim(DL + "msg")).contains("cancelled");
		assertThat(claims.getClaim(DL + "errormsg")).isNull();
	}

	@Test
	void learnerIsRefusedThePicker() {
		// lti-checklist D-02: only instructors may pick content
		HttpResponse<String> page = request(settings(), "Learner");
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).contains("Not available to you", "teachers only").doesNotContain("name=\"JWT\"");
	}

	@Test
	void outOfRangeOptionsAreRefusedAndNothingIsSigned() {
		HttpResponse<String> page = add(request(settings(), "Instructor"), "Lesson", "99", "best");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("Maximum attempts must be").doesNotContain("name=\"JWT\"");
		HttpResponse<String> policy = add(request(settings(), "Instructor"), "Lesson", "2", "worst");
		assertThat(policy.statusCode()).isEqualTo(400);
		assertThat(policy.body()).contains("grade policy").doesNotContain("name=\"JWT\"");
	}

	@Test
	void answerWithoutTheLaunchCsrfTokenIsRefused() {
		HttpResponse<String> picker = request(settings(), "Instructor");
		Map<String, String> form = new LinkedHashMap<>(PageForms.launchFields(picker.body()));
		form.put("csrf", "forged");
		form.put("title", "Lesson");
		HttpResponse<String> page = new TestBrowser(this.port).post("/lti/deep-linking/response", form);
		assertThat(page.statusCode()).isEqualTo(403);
		assertThat(page.body()).doesNotContain("name=\"JWT\"");
	}

	/**
	 * D-09: a launch of the created link carries its custom values, which the quiz obeys.
	 */
	@Test
	void launchOfTheCreatedLinkAppliesTheOptions() throws Exception {
		JWTClaimsSet response = verify(jwt(add(request(settings(), "Instructor"), "Lesson", "2", "latest").body()));
		@SuppressWarnings("unchecked")
		Map<String, Object> item = (Map<String, Object>) response.getListClaim(DL + "content_items").get(0);
		Student student = Student.launch(this.port, platform, "student-dl", (claims) -> {
			claims.put(LTI + "custom", item.get("custom"));
			claims.put(LTI + "resource_link", Map.of("id", "link-created", "title", item.get("title")));
		});
		String quiz = student.post("/quiz", Map.of()).body();
		assertThat(quiz).contains("Attempt 1 of 2");
	}

	/**
	 * A deep-linking request shaped exactly as Moodle 4.5 sends it (no {@code data}, no
	 * {@code accept_lineitem}, a "frame" target), re-addressed to the test platform.
	 */
	@Test
	@SuppressWarnings("unchecked")
	void moodleShapedRequestIsAnswered() throws Exception {
		Map<String, Object> fixture = (Map<String, Object>) com.nimbusds.jose.util.JSONObjectUtils
			.parse(new String(
					getClass().getResourceAsStream("/fixtures/moodle-4.5/id-token-deep-linking.json").readAllBytes(),
					java.nio.charset.StandardCharsets.UTF_8))
			.get("claims");
		TestBrowser browser = new TestBrowser(this.port);
		TestBrowser.Login login = browser.login(platform);
		Map<String, Object> claims = new LinkedHashMap<>(fixture);
		Map<String, Object> settings = new LinkedHashMap<>(
				(Map<String, Object>) claims.get(DL + "deep_linking_settings"));
		settings.put("deep_link_return_url", platform.deepLinkReturnUrl() + "?course=2&id=1&sesskey=lK6EdkeqBq");
		claims.put(DL + "deep_linking_settings", settings);
		claims.put("iss", platform.issuer());
		claims.put("aud", TestPlatform.CLIENT_ID);
		claims.put("nonce", login.nonce());
		claims.put("iat", new java.util.Date());
		claims.put("exp", new java.util.Date(System.currentTimeMillis() + 60_000));
		claims.put(LTI + "deployment_id", TestPlatform.DEPLOYMENT_ID);
		claims.put(LTI + "target_link_uri", browser.targetLinkUri());
		HttpResponse<String> picker = browser.launch(platform.sign(claims), login);
		assertThat(picker.body()).contains("value=\"Deep linking test\"");
		HttpResponse<String> page = add(picker, "Deep linking test", "0", "best");
		assertThat(action(page.body()))
			.isEqualTo(platform.deepLinkReturnUrl() + "?course=2&amp;id=1&amp;sesskey=lK6EdkeqBq");
		JWTClaimsSet response = verify(jwt(page.body()));
		assertThat(response.getClaim(DL + "data")).isNull();
		@SuppressWarnings("unchecked")
		Map<String, Object> item = (Map<String, Object>) response.getListClaim(DL + "content_items").get(0);
		assertThat(item).containsKeys("lineItem", "iframe");
	}

	HttpResponse<String> request(Map<String, Object> settings, String role) {
		TestBrowser browser = new TestBrowser(this.port);
		TestBrowser.Login login = browser.login(platform);
		Map<String, Object> claims = platform.deepLinkingClaims(login.nonce(), browser.targetLinkUri(), settings);
		claims.put(LTI + "roles", List.of("http://purl.imsglobal.org/vocab/lis/v2/membership#" + role));
		return browser.launch(platform.sign(claims), login);
	}

	HttpResponse<String> add(HttpResponse<String> picker, String title, String maxAttempts, String policy) {
		assertThat(picker.statusCode()).as(picker.body()).isEqualTo(200);
		Map<String, String> form = new LinkedHashMap<>(PageForms.launchFields(picker.body()));
		form.put("action", "add");
		form.put("title", title);
		form.put("max_attempts", maxAttempts);
		form.put("grade_policy", policy);
		form.put("show_answers", "after_each");
		return new TestBrowser(this.port).post("/lti/deep-linking/response", form);
	}

	static Map<String, Object> settings() {
		Map<String, Object> settings = new LinkedHashMap<>();
		settings.put("deep_link_return_url", platform.deepLinkReturnUrl());
		settings.put("accept_types", List.of("ltiResourceLink"));
		settings.put("accept_presentation_document_targets", List.of("iframe", "window"));
		settings.put("accept_multiple", true);
		settings.put("accept_lineitem", true);
		settings.put("data", DATA);
		return settings;
	}

	static String action(String page) {
		return PageForms.find(FORM, page, "form");
	}

	static String jwt(String page) {
		return PageForms.find(JWT, page, "JWT field");
	}

	/** The platform's check: RS256 against the tool's published JWKS, by kid. */
	JWTClaimsSet verify(String jwt) throws Exception {
		DefaultJWTProcessor<SecurityContext> processor = new DefaultJWTProcessor<>();
		processor.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, JWKSourceBuilder
			.<SecurityContext>create(URI.create("http://localhost:" + this.port + "/.well-known/jwks.json").toURL())
			.rateLimited(false)
			.build()));
		assertThat(SignedJWT.parse(jwt).getHeader().getKeyID()).isNotBlank();
		return processor.process(jwt, null);
	}

}
