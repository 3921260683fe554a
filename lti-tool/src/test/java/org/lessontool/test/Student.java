package org.lessontool.test;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A launched student's browser: it launches through a test platform, then posts forms
 * with the page's launch and CSRF tokens, as the tool's pages do.
 *
 * @param browser the browser
 * @param fields the launch token and CSRF token
 */
public record Student(TestBrowser browser, Map<String, String> fields) {

	/** How a student answers the questions an attempt asks. */
	public interface Answering extends Function<List<String>, List<Map.Entry<String, String>>> {

	}

	/** Every question right. */
	public static final Answering ALL_CORRECT = QuizKey::correct;

	/** The first question right, the rest left blank: a score of 1. */
	public static final Answering ONE_RIGHT = (asked) -> QuizKey.correct(asked.subList(0, 1));

	/** Nothing answered: a score of 0. */
	public static final Answering NONE = (asked) -> List.of();

	static final Pattern ATTEMPT = Pattern.compile("action=\"/quiz/attempts/([^/\"]+)/submit\"");

	/** Logs in and launches as {@code subject}, with the claims edited as given. */
	public static Student launch(int port, TestPlatform platform, String subject, Consumer<Map<String, Object>> edit) {
		TestBrowser browser = new TestBrowser(port);
		TestBrowser.Login login = browser.login(platform);
		Map<String, Object> claims = platform.studentClaims(login.nonce(), browser.targetLinkUri());
		claims.put("sub", subject);
		edit.accept(claims);
		HttpResponse<String> page = browser.launch(platform.sign(claims), login);
		assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
		return new Student(browser, PageForms.launchFields(page.body()));
	}

	public HttpResponse<String> post(String path, Map<String, String> form) {
		Map<String, String> all = new LinkedHashMap<>(this.fields);
		all.putAll(form);
		return this.browser.post(path, all);
	}

	/** Posts form fields that may repeat, as checkboxes do. */
	public HttpResponse<String> postMulti(String path, List<Map.Entry<String, String>> form) {
		StringBuilder body = new StringBuilder(TestBrowser.form(this.fields));
		form.forEach((entry) -> body.append('&').append(entry.getKey()).append('=').append(entry.getValue()));
		return this.browser.postRaw(path, body.toString());
	}

	/** Posts JSON as the lesson page's scripts do, with the launch and CSRF headers. */
	public HttpResponse<String> postJson(String path, String json) {
		try {
			return java.net.http.HttpClient.newHttpClient()
				.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(this.browser.toolUrl(path)))
					.header("Content-Type", "application/json")
					.header("Accept", "application/json")
					.header("X-Launch-Token", this.fields.get("lt"))
					.header("X-CSRF-Token", this.fields.get("csrf"))
					.POST(java.net.http.HttpRequest.BodyPublishers.ofString(json))
					.build(), HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Opens the quiz and answers what it asks; returns the result page. */
	public HttpResponse<String> takeQuiz(Answering answering) {
		String quiz = post("/quiz", Map.of()).body();
		return postMulti(submitPath(quiz), answering.apply(QuizKey.asked(quiz)));
	}

	public static String attemptId(String quizPage) {
		return PageForms.find(ATTEMPT, quizPage, "attempt form");
	}

	public static String submitPath(String quizPage) {
		return "/quiz/attempts/" + attemptId(quizPage) + "/submit";
	}

}
