package org.lessontool.test;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
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

	/** The quiz's answer key, as the form posts it. */
	public static final List<Map.Entry<String, String>> ALL_CORRECT = List.of(Map.entry("q01", "a"),
			Map.entry("q02", "a"), Map.entry("q02", "b"), Map.entry("q02", "c"), Map.entry("q03", "false"),
			Map.entry("q04", "a"), Map.entry("q05", "true"), Map.entry("q06", "a"), Map.entry("q07", "a"),
			Map.entry("q08", "a"), Map.entry("q09", "a"), Map.entry("q09", "b"), Map.entry("q09", "c"),
			Map.entry("q10", "a"), Map.entry("q10", "b"), Map.entry("q10", "c"), Map.entry("q11", "a"),
			Map.entry("q12", "false"), Map.entry("q13", "a"), Map.entry("q14", "a"), Map.entry("q15", "a"));

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

	/** Opens the quiz and submits these answers; returns the result page. */
	public HttpResponse<String> takeQuiz(List<Map.Entry<String, String>> answers) {
		return postMulti(submitPath(post("/quiz", Map.of()).body()), answers);
	}

	public static String attemptId(String quizPage) {
		return PageForms.find(ATTEMPT, quizPage, "attempt form");
	}

	public static String submitPath(String quizPage) {
		return "/quiz/attempts/" + attemptId(quizPage) + "/submit";
	}

}
