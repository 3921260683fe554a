package org.lessontool.bench;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.lessontool.test.Student;
import org.lessontool.test.TestPlatform;

/**
 * The launch flow done by plain HTTP before a measurement, so the tool's JIT and caches
 * are warm when the load generator starts counting.
 */
final class Warmup {

	private static final AtomicLong counter = new AtomicLong();

	private static final Pattern SUBMIT = Pattern.compile("action=\"(/quiz/attempts/[^\"]+/submit)\"");

	private static final Pattern QUESTION = Pattern.compile("id=\"question-([^\"]+)\"");

	private static final Pattern FIELD = Pattern.compile("name=\"(id_token|state)\" value=\"([^\"]+)\"");

	private Warmup() {
	}

	static void launches(BenchEnvironment env, int count) {
		HttpClient client = client();
		inParallel(8, count, () -> launch(client, env, "warmup-" + counter.incrementAndGet()));
	}

	/**
	 * Students who launch, open the quiz and submit it, so the quiz's pages, scoring and
	 * grade delivery are compiled and warm too.
	 */
	static void quizzes(BenchEnvironment env, int count) {
		HttpClient client = client();
		inParallel(4, count, () -> quiz(client, env, launch(client, env, "warmup-quiz-" + counter.incrementAndGet())));
	}

	private static HttpClient client() {
		return HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
	}

	/** Runs {@code count} students, {@code workers} at a time. */
	private static void inParallel(int workers, int count, Runnable student) {
		List<CompletableFuture<Void>> running = new ArrayList<>();
		for (int w = 0; w < workers; w++) {
			running.add(CompletableFuture.runAsync(() -> {
				for (int i = 0; i < count / workers; i++) {
					student.run();
				}
			}));
		}
		running.forEach(CompletableFuture::join);
	}

	private static void quiz(HttpClient client, BenchEnvironment env, String lessonPage) {
		String quizPage = send(client, postEntries(env.toolUrl() + "/quiz",
				List.of(Map.entry("lt", field(lessonPage, "lt")), Map.entry("csrf", field(lessonPage, "csrf")))));
		Matcher submit = SUBMIT.matcher(quizPage);
		Matcher asked = QUESTION.matcher(quizPage);
		if (!submit.find()) {
			throw new IllegalStateException("the quiz page has no submit form");
		}
		List<String> questions = new ArrayList<>();
		while (asked.find()) {
			questions.add(asked.group(1));
		}
		List<Map.Entry<String, String>> form = new ArrayList<>(
				List.of(Map.entry("lt", field(quizPage, "lt")), Map.entry("csrf", field(quizPage, "csrf"))));
		form.addAll(Student.ALL_CORRECT.apply(questions));
		send(client, postEntries(env.toolUrl() + submit.group(1), form));
	}

	private static String field(String page, String name) {
		Matcher value = Pattern.compile("name=\"" + name + "\" value=\"([^\"]+)\"").matcher(page);
		if (!value.find()) {
			throw new IllegalStateException("the page has no field " + name);
		}
		return value.group(1);
	}

	private static HttpRequest postEntries(String url, List<Map.Entry<String, String>> form) {
		String body = form.stream()
			.map((entry) -> URLEncoder.encode(entry.getKey(), StandardCharsets.UTF_8) + "="
					+ URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
			.collect(Collectors.joining("&"));
		return HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
	}

	private static String send(HttpClient client, HttpRequest request) {
		HttpResponse<String> response = exchange(client, request);
		if (response.statusCode() != 200) {
			throw new IllegalStateException(request.uri().getPath() + " answered " + response.statusCode());
		}
		return response.body();
	}

	private static HttpResponse<String> exchange(HttpClient client, HttpRequest request) {
		try {
			return client.send(request, HttpResponse.BodyHandlers.ofString());
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** One full launch; returns the lesson page's launch token and CSRF token fields. */
	static String launch(HttpClient client, BenchEnvironment env, String student) {
		HttpResponse<String> login = exchange(client,
				post(env.toolUrl() + "/lti/login",
						Map.of("iss", env.platform.issuer(), "login_hint", student, "target_link_uri",
								env.toolUrl() + "/lti/launch", "client_id", TestPlatform.CLIENT_ID, "lti_deployment_id",
								TestPlatform.DEPLOYMENT_ID),
						null));
		String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";", 2)[0];
		String authorize = send(client,
				HttpRequest.newBuilder(URI.create(login.headers().firstValue("Location").orElseThrow())).build());
		Matcher fields = FIELD.matcher(authorize);
		Map<String, String> form = new java.util.LinkedHashMap<>();
		while (fields.find()) {
			form.put(fields.group(1), fields.group(2));
		}
		return send(client, post(env.toolUrl() + "/lti/launch", form, cookie));
	}

	static HttpRequest post(String url, Map<String, String> form, String cookie) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form.entrySet()
				.stream()
				.map((e) -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
						+ URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"))));
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		return request.build();
	}

}
