package org.lessontool.test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Plays the student's browser in an LTI launch, over real HTTP: it posts the login,
 * follows the tool to the platform's authorization request, and posts the id_token back,
 * keeping the state cookie as a browser with cookies allowed would.
 */
public final class TestBrowser {

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	private final int port;

	private final String contextPath;

	public TestBrowser(int port) {
		this(port, "");
	}

	/** A browser for a tool served under a path, such as "/lessons" (issue 18). */
	public TestBrowser(int port, String contextPath) {
		this.port = port;
		this.contextPath = contextPath;
	}

	public String toolUrl(String path) {
		return "http://localhost:" + this.port + this.contextPath + path;
	}

	public String targetLinkUri() {
		return toolUrl("/lti/launch");
	}

	/**
	 * A complete login with the platform's usual parameters; the tool must answer with a
	 * redirect.
	 */
	public Login login(TestPlatform platform) {
		return login(loginParameters(platform), true);
	}

	public Map<String, String> loginParameters(TestPlatform platform) {
		Map<String, String> parameters = new LinkedHashMap<>();
		parameters.put("iss", platform.issuer());
		parameters.put("login_hint", "student-7");
		parameters.put("target_link_uri", targetLinkUri());
		parameters.put("lti_message_hint", "{\"cmid\":2,\"launchid\":\"ltilaunch1_1014286897\"}");
		parameters.put("client_id", TestPlatform.CLIENT_ID);
		parameters.put("lti_deployment_id", TestPlatform.DEPLOYMENT_ID);
		return parameters;
	}

	public Login login(Map<String, String> parameters, boolean post) {
		HttpResponse<String> response = post
				? send(HttpRequest.newBuilder(URI.create(toolUrl("/lti/login")))
					.header("Content-Type", "application/x-www-form-urlencoded")
					.POST(HttpRequest.BodyPublishers.ofString(form(parameters)))
					.build())
				: send(HttpRequest.newBuilder(URI.create(toolUrl("/lti/login") + "?" + form(parameters))).build());
		return new Login(response);
	}

	/** Posts the authentication response, with the cookie when given. */
	public HttpResponse<String> launch(Map<String, String> form, String cookie) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(toolUrl("/lti/launch")))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form(form)));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return send(request.build());
	}

	public HttpResponse<String> launch(String idToken, Login login) {
		return launch(Map.of("id_token", idToken, "state", login.state()), login.cookie());
	}

	public HttpResponse<String> get(String path) {
		return send(HttpRequest.newBuilder(URI.create(toolUrl(path))).header("Accept", "text/html").build());
	}

	public HttpResponse<String> post(String path, Map<String, String> form) {
		return send(HttpRequest.newBuilder(URI.create(toolUrl(path)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(form(form)))
			.build());
	}

	/** Posts a form with the Cookie header given. */
	public HttpResponse<String> postWithCookie(String path, Map<String, String> form, String cookie) {
		return send(HttpRequest.newBuilder(URI.create(toolUrl(path)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.header("Cookie", cookie)
			.POST(HttpRequest.BodyPublishers.ofString(form(form)))
			.build());
	}

	/** Posts an already encoded form body, for fields that repeat. */
	public HttpResponse<String> postRaw(String path, String body) {
		return send(HttpRequest.newBuilder(URI.create(toolUrl(path)))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.header("Accept", "text/html")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build());
	}

	private HttpResponse<String> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	public static String form(Map<String, String> parameters) {
		return parameters.entrySet()
			.stream()
			.map((entry) -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
	}

	/** The tool's answer to a login: a redirect to the platform and the state cookie. */
	public static final class Login {

		private final HttpResponse<String> response;

		private final Map<String, String> query = new LinkedHashMap<>();

		Login(HttpResponse<String> response) {
			this.response = response;
			response.headers().firstValue("Location").ifPresent((location) -> {
				String rawQuery = URI.create(location).getRawQuery();
				for (String pair : rawQuery.split("&")) {
					int eq = pair.indexOf('=');
					this.query.put(pair.substring(0, eq),
							URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
				}
			});
		}

		public HttpResponse<String> response() {
			return this.response;
		}

		/** The authorization request's parameters, decoded. */
		public Map<String, String> query() {
			return this.query;
		}

		public String state() {
			return this.query.get("state");
		}

		public String nonce() {
			return this.query.get("nonce");
		}

		public String setCookie() {
			return this.response.headers()
				.allValues("Set-Cookie")
				.stream()
				.filter((cookie) -> cookie.startsWith("__Host-lti_state_"))
				.findFirst()
				.orElse(null);
		}

		/** The Cookie header a browser would send back. */
		public String cookie() {
			String setCookie = setCookie();
			return (setCookie != null) ? setCookie.substring(0, setCookie.indexOf(';')) : null;
		}

	}

}
