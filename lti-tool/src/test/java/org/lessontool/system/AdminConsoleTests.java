package org.lessontool.system;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.nimbusds.jose.jwk.JWKSet;
import org.junit.jupiter.api.Test;
import org.lessontool.test.TestBrowser;
import org.lessontool.test.TestPlatform;
import org.lessontool.test.ToolHttp;
import org.lessontool.test.ToolTest;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin console: login, CSRF on every change, never framed, and an audit of what
 * changed.
 */
@ToolTest
@TestPropertySource(properties = "lti.admin.password=correct-admin-password")
class AdminConsoleTests {

	static final TestPlatform platform = new TestPlatform();

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void platforms(DynamicPropertyRegistry registry) {
		platform.declare(registry);
	}

	@Test
	void consoleNeedsALogin() throws Exception {
		HttpResponse<String> response = new Admin().get("/admin");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/admin/login");
	}

	@Test
	void wrongPasswordIsRefused() throws Exception {
		Admin admin = new Admin();
		HttpResponse<String> response = admin.login("not-the-password");
		assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/admin/login?error");
		assertThat(admin.get("/admin").statusCode()).isEqualTo(302);
	}

	@Test
	void adminSeesPlatformsValuesAndKeysOnAPageNoOneMayFrame() throws Exception {
		Admin admin = new Admin();
		admin.login("correct-admin-password");
		HttpResponse<String> console = admin.get("/admin");
		assertThat(console.statusCode()).isEqualTo(200);
		assertThat(console.body()).contains(platform.issuer(), TestPlatform.CLIENT_ID, "Values to paste into your LMS",
				"http://localhost:" + this.port + "/lti/canvas.json", "/lti/register", "current");
		assertThat(console.headers().firstValue("Content-Security-Policy").orElseThrow())
			.contains("frame-ancestors 'none'");
		assertThat(console.headers().firstValue("X-Frame-Options")).hasValue("DENY");
	}

	@Test
	void changesNeedTheCsrfTokenAndAreAudited() throws Exception {
		Admin admin = new Admin();
		admin.login("correct-admin-password");
		String page = admin.get("/admin").body();
		assertThat(admin.post("/admin/keys/rotate", Map.of()).statusCode()).isEqualTo(403);
		assertThat(admin.post("/admin/keys/rotate", Map.of("_csrf", csrf(page))).statusCode()).isEqualTo(302);
		assertThat(JWKSet.parse(ToolHttp.get(this.port, "/.well-known/jwks.json").body()).getKeys()).hasSize(2);
		assertThat(admin.get("/admin").body()).contains("admin: rotate keys");
	}

	@Test
	void disablingAPlatformStopsItsLaunchesAndEnablingItAgainRestoresThem() throws Exception {
		Admin admin = new Admin();
		admin.login("correct-admin-password");
		String page = admin.get("/admin").body();
		Matcher disable = Pattern.compile("action=\"(/admin/platforms/[^/]+/disable)\"").matcher(page);
		assertThat(disable.find()).isTrue();
		admin.post(disable.group(1), Map.of("_csrf", csrf(page)));
		HttpResponse<String> refused = new TestBrowser(this.port).login(platform).response();
		assertThat(refused.statusCode()).isEqualTo(403);
		assertThat(refused.body()).contains("is disabled in the tool");
		String again = admin.get("/admin").body();
		admin.post(disable.group(1).replace("/disable", "/approve"), Map.of("_csrf", csrf(again)));
		assertThat(new TestBrowser(this.port).login(platform).response().statusCode()).isEqualTo(302);
		assertThat(admin.get("/admin").body()).contains("admin: disable platform", "admin: approve platform");
	}

	@Test
	void refusedLaunchesAreListedWithTheirReasons() throws Exception {
		Map<String, String> login = new TestBrowser(this.port).loginParameters(platform);
		login.put("target_link_uri", "https://evil.example/");
		new TestBrowser(this.port).login(login, true);
		Admin admin = new Admin();
		admin.login("correct-admin-password");
		assertThat(admin.get("/admin/failures").body()).contains("target_link_uri_foreign", "https://evil.example/");
	}

	@Test
	void aPlatformAddedByHandIsCheckedFieldByFieldThenLaunches() throws Exception {
		// lti-checklist R-09 (registration by hand), C-02 (the fields stored per
		// registration)
		Admin admin = new Admin();
		admin.login("correct-admin-password");
		String form = admin.get("/admin/platforms/new").body();
		HttpResponse<String> refused = admin.post("/admin/platforms",
				Map.of("_csrf", csrf(form), "issuer", "", "clientId", "abc", "authorizationEndpoint", "not a url",
						"tokenEndpoint", "https://lms.example/token", "jwksUrl", "ftp://lms.example/keys",
						"deploymentPolicy", "STRICT"));
		assertThat(refused.statusCode()).isEqualTo(200);
		assertThat(refused.body()).contains("The platform was not saved", "Issuer is required",
				"Authorization endpoint: &#39;not a url&#39; is not a URL",
				"Keyset (JWKS) URL: &#39;ftp://lms.example/keys&#39; is not an http(s) URL");
		TestPlatform added = new TestPlatform();
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", csrf(refused.body()));
		fields.put("issuer", added.issuer());
		fields.put("clientId", TestPlatform.CLIENT_ID);
		fields.put("authorizationEndpoint", added.authorizationEndpoint());
		fields.put("tokenEndpoint", added.tokenEndpoint());
		fields.put("jwksUrl", added.jwksUrl());
		fields.put("tokenAudience", "");
		fields.put("deploymentIds", TestPlatform.DEPLOYMENT_ID);
		fields.put("deploymentPolicy", "STRICT");
		assertThat(admin.post("/admin/platforms", fields).statusCode()).isEqualTo(302);
		assertThat(new TestBrowser(this.port).login(added).response().statusCode()).isEqualTo(302);
		assertThat(admin.get("/admin").body()).contains(added.issuer(), "admin: add platform");
	}

	@Test
	void checkFetchesThePlatformsKeyset() throws Exception {
		Admin admin = new Admin();
		admin.login("correct-admin-password");
		String page = admin.get("/admin").body();
		Matcher check = Pattern.compile("action=\"(/admin/platforms/[^/]+/check)\"").matcher(page);
		assertThat(check.find()).isTrue();
		assertThat(admin.post(check.group(1), Map.of("_csrf", csrf(page))).body()).contains("answers with 1 key(s)");
	}

	@Test
	void anApiTokenMadeInTheConsoleOpensTheApi() throws Exception {
		Admin admin = new Admin();
		admin.login("correct-admin-password");
		String page = admin.post("/admin/api-tokens", Map.of("_csrf", csrf(admin.get("/admin").body()), "label", "ci"))
			.body();
		Matcher token = Pattern.compile("id=\"api-token\">(lt_[^<]+)<").matcher(page);
		assertThat(token.find()).as(page).isTrue();
		HttpResponse<String> list = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/admin/api/platforms"))
				.header("Authorization", "Bearer " + token.group(1))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(list.body()).contains(platform.issuer());
	}

	@Test
	void platformsShowTheirLastLaunchAndLastRefusedLaunch() throws Exception {
		TestBrowser browser = new TestBrowser(this.port);
		TestBrowser.Login login = browser.login(platform);
		Map<String, Object> claims = platform.studentClaims(login.nonce(), browser.targetLinkUri());
		claims.put("aud", "someone-else");
		assertThat(browser.launch(platform.sign(claims), login).statusCode()).isEqualTo(401);
		TestBrowser.Login good = browser.login(platform);
		assertThat(browser.launch(platform.sign(platform.studentClaims(good.nonce(), browser.targetLinkUri())), good)
			.statusCode()).isEqualTo(200);
		Admin admin = new Admin();
		admin.login("correct-admin-password");
		String console = admin.get("/admin").body();
		assertThat(console).contains("audience_mismatch: the id_token audience [someone-else]");
		String row = java.util.Arrays.stream(console.split("<tr"))
			.filter((r) -> r.contains(platform.issuer() + "<"))
			.findFirst()
			.orElseThrow();
		assertThat(row).doesNotContain(">never<").containsPattern(">\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d<");
	}

	@Test
	void aPlatformIsEditedWithTheSameValidation() throws Exception {
		Admin admin = new Admin();
		admin.login("correct-admin-password");
		Matcher edit = Pattern.compile("href=\"(/admin/platforms/[^/]+/edit)\"").matcher(admin.get("/admin").body());
		assertThat(edit.find()).isTrue();
		String form = admin.get(edit.group(1)).body();
		assertThat(form).contains("Edit a platform", platform.jwksUrl());
		String action = edit.group(1).replace("/edit", "");
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("_csrf", csrf(form));
		fields.put("authorizationEndpoint", platform.authorizationEndpoint());
		fields.put("tokenEndpoint", platform.tokenEndpoint());
		fields.put("jwksUrl", "nope");
		fields.put("deploymentIds", TestPlatform.DEPLOYMENT_ID + ", 9:course-install");
		fields.put("deploymentPolicy", "STRICT");
		HttpResponse<String> refused = admin.post(action, fields);
		assertThat(refused.body()).contains("The platform was not saved", "Keyset (JWKS) URL");
		fields.put("_csrf", csrf(refused.body()));
		fields.put("jwksUrl", platform.jwksUrl());
		assertThat(admin.post(action, fields).statusCode()).isEqualTo(302);
		assertThat(admin.get("/admin").body()).contains("9:course-install", "admin: edit platform");
	}

	@Test
	void tokenCheckAsksThePlatformForAGradeServiceToken() throws Exception {
		Admin admin = new Admin();
		admin.login("correct-admin-password");
		String page = admin.get("/admin").body();
		Matcher check = Pattern.compile("action=\"(/admin/platforms/[^/]+/token-check)\"").matcher(page);
		assertThat(check.find()).isTrue();
		long before = platform.ags().tokenLog().size();
		assertThat(admin.post(check.group(1), Map.of("_csrf", csrf(page))).body()).contains("grades can be sent");
		assertThat(platform.ags().tokenLog()).hasSize((int) before + 1);
	}

	static String csrf(String page) {
		Matcher matcher = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(page);
		assertThat(matcher.find()).as("CSRF field").isTrue();
		return matcher.group(1);
	}

	@Test
	void editingAPlatformThatDoesNotExistIsNotFound() throws Exception {
		// issue 15: it was a 500
		Admin admin = new Admin();
		admin.login("correct-admin-password");
		assertThat(admin.get("/admin/platforms/nope/edit").statusCode()).isEqualTo(404);
	}

	@Test
	void logoutClearsTheSessionCookieOnThePathItWasSetOn() throws Exception {
		Admin admin = new Admin();
		HttpResponse<String> login = admin.login("correct-admin-password");
		assertThat(login.headers().allValues("Set-Cookie"))
			.anySatisfy((cookie) -> assertThat(cookie).startsWith("lesson_tool_admin=").contains("Path=/admin"));
		String page = admin.get("/admin").body();
		Admin copy = admin.copy();
		HttpResponse<String> out = admin.post("/admin/logout", Map.of("_csrf", csrf(page)));
		assertThat(out.headers().allValues("Set-Cookie")).anySatisfy(
				(cookie) -> assertThat(cookie).startsWith("lesson_tool_admin=;").contains("Path=/admin", "Max-Age=0"));
		// issue 15, item 7: a copy of the cookie kept from before signing out opens
		// nothing
		HttpResponse<String> replayed = copy.get("/admin");
		assertThat(replayed.statusCode()).isEqualTo(302);
		assertThat(replayed.headers().firstValue("Location").orElseThrow()).endsWith("/admin/login");
	}

	@Test
	void apiTokensAreListedWithTheirLastUseAndCanBeRevoked() throws Exception {
		// issue 15, item 7: tokens expire, are listed without their value, and revoked
		Admin admin = new Admin();
		admin.login("correct-admin-password");
		String token = createToken(admin, "nightly sync", "30");
		String list = admin.get("/admin/api-tokens").body();
		assertThat(list).contains("nightly sync", "never", "active").doesNotContain(token);
		assertThat(api(token).statusCode()).isEqualTo(200);
		list = admin.get("/admin/api-tokens").body();
		Matcher revoke = Pattern.compile("action=\"(/admin/api-tokens/[0-9a-f]{12}/revoke)\"").matcher(list);
		assertThat(revoke.find()).isTrue();
		assertThat(admin.post(revoke.group(1), Map.of("_csrf", csrf(list))).statusCode()).isEqualTo(302);
		assertThat(api(token).statusCode()).isEqualTo(401);
		assertThat(admin.get("/admin/api-tokens").body()).contains("revoked");
		assertThat(admin.post("/admin/api-tokens", Map.of("_csrf", csrf(list), "days", "9999")).statusCode())
			.isEqualTo(400);
	}

	@Test
	void anExpiredApiTokenOpensNothing() throws Exception {
		Admin admin = new Admin();
		admin.login("correct-admin-password");
		String token = createToken(admin, "short", "1");
		assertThat(api(token).statusCode()).isEqualTo(200);
		this.jdbc.sql("update admin_api_token set expires_at = :past where label = 'short'")
			.param("past", java.time.OffsetDateTime.now().minusMinutes(1))
			.update();
		assertThat(api(token).statusCode()).isEqualTo(401);
	}

	private static String createToken(Admin admin, String label, String days) throws Exception {
		String created = admin
			.post("/admin/api-tokens",
					Map.of("_csrf", csrf(admin.get("/admin/api-tokens").body()), "label", label, "days", days))
			.body();
		Matcher token = Pattern.compile("id=\"api-token\">(lt_[^<]+)<").matcher(created);
		assertThat(token.find()).as(created).isTrue();
		assertThat(created).contains(days + "</span> days");
		return token.group(1);
	}

	private HttpResponse<String> api(String token) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/admin/api/platforms"))
				.header("Authorization", "Bearer " + token)
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	/** An admin's browser: it keeps the cookies the console sets. */
	final class Admin {

		private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

		private final Map<String, String> cookies = new LinkedHashMap<>();

		/** Another browser holding copies of this one's cookies. */
		Admin copy() {
			Admin other = new Admin();
			other.cookies.putAll(this.cookies);
			return other;
		}

		HttpResponse<String> login(String password) throws Exception {
			String page = get("/admin/login").body();
			return post("/admin/login", Map.of("username", "admin", "password", password, "_csrf", csrf(page)));
		}

		HttpResponse<String> get(String path) throws IOException, InterruptedException {
			return send(HttpRequest.newBuilder(uri(path)).GET());
		}

		HttpResponse<String> post(String path, Map<String, String> form) throws IOException, InterruptedException {
			String body = form.entrySet()
				.stream()
				.map((e) -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
			return send(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(body)));
		}

		private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
			if (!this.cookies.isEmpty()) {
				request.header("Cookie",
						this.cookies.entrySet()
							.stream()
							.map((e) -> e.getKey() + "=" + e.getValue())
							.collect(Collectors.joining("; ")));
			}
			HttpResponse<String> response = this.http.send(request.header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString());
			for (String setCookie : response.headers().allValues("Set-Cookie")) {
				String pair = setCookie.split(";", 2)[0];
				int eq = pair.indexOf('=');
				String value = pair.substring(eq + 1);
				if (value.isEmpty()) {
					this.cookies.remove(pair.substring(0, eq));
				}
				else {
					this.cookies.put(pair.substring(0, eq), value);
				}
			}
			return response;
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + AdminConsoleTests.this.port + path);
		}

	}

}
