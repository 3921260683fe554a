package org.lessontool.registration;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.util.JSONObjectUtils;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lessontool.test.TestAgs;
import org.lessontool.test.TestBrowser;
import org.lessontool.test.TestPlatform;
import org.lessontool.test.ToolHttp;
import org.lessontool.test.ToolTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * LTI Dynamic Registration against a test platform over HTTP (lti-checklist R-01 to
 *
 */
@ToolTest
class DynamicRegistrationTests {

	static final TestPlatform platform = new TestPlatform();

	@LocalServerPort
	int port;

	@Autowired
	PlatformRepository platforms;

	@Autowired
	AdminAudit audit;

	@BeforeEach
	void normalPlatform() {
		platform.registration().behave(null, true, true, 0);
		platform.behaveLike(TestPlatform.Lms.GENERIC);
	}

	@Test
	@SuppressWarnings("unchecked")
	void moodleTakesTheRegistrationOfAToolOnANonDefaultPort() throws Exception {
		// lti-checklist R-05
		// M-09: Moodle compares domain with target_link_uri's host and port
		// (fixtures/moodle-4.5/registration-domain-mismatch.http)
		platform.behaveLike(TestPlatform.Lms.MOODLE);
		HttpResponse<String> page = register("token-moodle-port");
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		List<TestAgs.Recorded> requests = platform.registration().requests();
		Map<String, Object> tool = (Map<String, Object>) JSONObjectUtils.parse(requests.get(requests.size() - 1).body())
			.get("https://purl.imsglobal.org/spec/lti-tool-configuration");
		assertThat(tool).containsEntry("domain", "localhost:" + this.port);
		// M-09, CV-11: what the admin does next, in the LMS's words
		assertThat(page.body()).contains("Activate", "Manage tools");
	}

	@Test
	void moodleSiteAndCourseLevelToolsBecomeTwoRegistrations() {
		// M-05: a tool added again at course level is another Moodle tool type, with its
		// own client id and deployment id; neither replaces the other
		platform.behaveLike(TestPlatform.Lms.MOODLE);
		assertThat(register("token-moodle-site").statusCode()).isEqualTo(200);
		Platform site = stored();
		assertThat(register("token-moodle-course").statusCode()).isEqualTo(200);
		Platform course = stored();
		assertThat(course.id()).isNotEqualTo(site.id());
		assertThat(course.clientId()).isNotEqualTo(site.clientId());
		assertThat(this.platforms.findByIssuer(platform.issuer())).extracting(Platform::clientId)
			.contains(site.clientId(), course.clientId());
		assertThat(this.platforms.deployments(site.id())).hasSize(1);
		assertThat(this.platforms.deployments(course.id())).hasSize(1)
			.doesNotContainAnyElementsOf(this.platforms.deployments(site.id()));
	}

	@Test
	void theRegistrationPageAndItsErrorMayBeFramedByTheLmsItNames() {
		// CV-11, M-09: the LMS frames this page on its own site before the tool knows it
		HttpResponse<String> done = register("token-framed");
		assertThat(done.headers().firstValue("Content-Security-Policy").orElseThrow())
			.endsWith("frame-ancestors 'self' " + platform.issuer());
		platform.registration().behave(null, true, true, 400);
		HttpResponse<String> failed = register("token-framed-refused");
		assertThat(failed.statusCode()).isEqualTo(400);
		assertThat(failed.headers().firstValue("Content-Security-Policy").orElseThrow())
			.endsWith("frame-ancestors 'self' " + platform.issuer());
		// the admin reads why, then closes the LMS's window (org.imsglobal.lti.close)
		assertThat(failed.body()).contains("registration-close", "/js/registration-");
	}

	@Test
	@SuppressWarnings("unchecked")
	void registersWithTheFieldsMoodleAndCanvasRequireAndWaitsForApproval() throws Exception {
		// lti-checklist R-04 (the registration request), R-06 (the client id the platform
		// returns),
		// R-07 (the page that closes the LMS's window)
		HttpResponse<String> page = register("token-happy");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("Lesson Tool is registered", "deployment <code>7</code>", "must approve",
				"/js/registration-");
		assertThat(ToolHttp.get(this.port, "/js/registration.js").body()).contains("org.imsglobal.lti.close");
		List<TestAgs.Recorded> requests = platform.registration().requests();
		TestAgs.Recorded configuration = requests.get(requests.size() - 2);
		assertThat(configuration.headers()).containsEntry("authorization", "Bearer token-happy");
		TestAgs.Recorded registration = requests.get(requests.size() - 1);
		assertThat(registration.method()).isEqualTo("POST");
		assertThat(registration.headers()).containsEntry("authorization", "Bearer token-happy");
		assertThat(registration.headers().get("content-type")).startsWith("application/json");
		Map<String, Object> body = JSONObjectUtils.parse(registration.body());
		String base = "http://localhost:" + this.port;
		assertThat(body).containsEntry("application_type", "web")
			.containsEntry("response_types", List.of("id_token"))
			.containsEntry("grant_types", List.of("implicit", "client_credentials"))
			.containsEntry("initiate_login_uri", base + "/lti/login")
			.containsEntry("redirect_uris", List.of(base + "/lti/launch"))
			.containsEntry("jwks_uri", base + "/.well-known/jwks.json")
			.containsEntry("token_endpoint_auth_method", "private_key_jwt");
		assertThat(((String) body.get("scope")).split(" ")).containsExactlyInAnyOrder(
				"https://purl.imsglobal.org/spec/lti-ags/scope/lineitem",
				"https://purl.imsglobal.org/spec/lti-ags/scope/score");
		Map<String, Object> tool = (Map<String, Object>) body
			.get("https://purl.imsglobal.org/spec/lti-tool-configuration");
		assertThat(tool).containsEntry("domain", "localhost:" + this.port)
			.containsEntry("target_link_uri", base + "/lti/launch")
			.containsEntry("https://canvas.instructure.com/lti/privacy_level", "public");
		assertThat((List<Map<String, Object>>) tool.get("messages")).extracting((m) -> m.get("type"))
			.containsExactly("LtiResourceLinkRequest", "LtiDeepLinkingRequest");
		Platform saved = stored();
		assertThat(saved.status()).isEqualTo(Platform.Status.PENDING);
		assertThat(saved.deploymentPolicy()).isEqualTo(Platform.DeploymentPolicy.STRICT);
		assertThat(this.platforms.hasDeployment(saved.id(), "7")).isTrue();
		assertThat(saved.jwksUrl()).isEqualTo(platform.jwksUrl());
		assertThat(this.audit.recent(5)).anySatisfy((entry) -> assertThat(entry.detail()).contains(saved.clientId()));
	}

	@Test
	void launchesOfAPendingPlatformAwaitApproval() {
		register("token-pending");
		Platform pending = stored();
		TestBrowser browser = new TestBrowser(this.port);
		Map<String, String> login = browser.loginParameters(platform);
		login.put("client_id", pending.clientId());
		login.put("lti_deployment_id", "7");
		HttpResponse<String> refused = browser.login(login, true).response();
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("awaiting approval by the tool&#39;s administrator");
	}

	@Test
	void withoutADeploymentIdTheFirstLaunchWillTellIt() {
		platform.registration().behave(null, false, true, 0);
		assertThat(register("token-no-deployment").body()).contains("learned at the first launch");
		assertThat(stored().deploymentPolicy()).isEqualTo(Platform.DeploymentPolicy.ACCEPT_NEW);
	}

	@Test
	void anIssuerThatIsOnlyAStringPrefixOfTheConfigurationUrlIsRefused() {
		// issue 15: "http://h:900" must not pass for "http://h:9009"
		String issuer = platform.issuer();
		platform.registration().behave(issuer.substring(0, issuer.length() - 1), true, true, 0);
		HttpResponse<String> page = register("token-prefix");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("does not match its configuration URL");
		assertThat(DynamicRegistrations.belongsTo(issuer + "/.well-known/openid-configuration", issuer)).isTrue();
		assertThat(DynamicRegistrations.belongsTo(issuer + "?x=1", issuer + "/")).isTrue();
		// CV-02: cloud Canvas's configuration lives on its shared sign-in site
		assertThat(DynamicRegistrations.belongsTo("https://sso.canvaslms.com/api/lti/security/openid-configuration",
				"https://canvas.instructure.com"))
			.isTrue();
		assertThat(DynamicRegistrations.belongsTo("https://sso.canvaslms.com.evil.example/config",
				"https://canvas.instructure.com"))
			.isFalse();
	}

	/** lti-checklist R-03. */
	@Test
	void issuerThatDoesNotMatchTheConfigurationUrlIsRefused() {
		platform.registration().behave("https://elsewhere.example", true, true, 0);
		int before = platform.registration().requests().size();
		HttpResponse<String> page = register("token-mismatch");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("does not match its configuration URL", "Nothing was registered");
		assertThat(platform.registration().requests()).hasSize(before + 1); // the
																			// configuration
																			// only, no
																			// POST
	}

	@Test
	void reusedTokenGetsAStartAgainMessage() {
		register("token-once");
		HttpResponse<String> again = register("token-once");
		assertThat(again.statusCode()).isEqualTo(400);
		assertThat(again.body()).contains("expired or was used already", "Start the registration again in your LMS");
	}

	@Test
	void platformRefusalIsShownWithItsReason() {
		platform.registration().behave(null, true, true, 400);
		HttpResponse<String> page = register("token-refused");
		assertThat(page.body()).contains("the LMS refused the registration (HTTP 400)", "domain does not match");
	}

	@Test
	void configurationWithoutEndpointsIsRefused() {
		platform.registration().behave(null, true, false, 0);
		assertThat(register("token-empty").body()).contains("has no authorization_endpoint");
	}

	@Test
	void missingConfigurationUrlIsABadRequest() {
		assertThat(ToolHttp.get(this.port, "/lti/register").statusCode()).isEqualTo(400);
	}

	@Test
	void aRegistrationTokenWithLineBreaksIsRefusedBeforeAnyCall() {
		// issue 15: CR/LF in the token was a 500, and went into the log
		int before = platform.registration().requests().size();
		HttpResponse<String> page = register("abc%0D%0AX-Injected:%20yes");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("registration_token is not a valid token");
		assertThat(platform.registration().requests()).hasSize(before);
	}

	HttpResponse<String> register(String token) {
		return ToolHttp.get(this.port,
				"/lti/register?openid_configuration="
						+ URLEncoder.encode(platform.registration().configurationUrl(), StandardCharsets.UTF_8)
						+ "&registration_token=" + token);
	}

	/** The platform this test registered last. */
	Platform stored() {
		return this.platforms.findByIssuer(platform.issuer()).stream().reduce((first, second) -> second).orElseThrow();
	}

}
