package org.lessontool.fuzz;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.code_intelligence.jazzer.api.BugDetectors;
import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.api.SilentCloseable;
import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import org.lessontool.test.QuizKey;
import org.lessontool.test.Student;
import org.lessontool.test.TestBrowser;
import org.lessontool.test.TestPlatform;
import org.lessontool.test.ToolTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 15, "Fuzzing": Jazzer drives the tool's untrusted inputs over loopback HTTP: the
 * login initiation, the id_token (arbitrary headers and claims, signed by a test
 * platform, or no JWT at all), the quiz form, the tutor's JSON, and the configuration and
 * registration answers of dynamic registration. The property: never a 5xx, and a refused
 * request stores nothing (no table of the tool's data grows; refusals are only counted
 * and logged). In the ordinary test run the seeds in the resources folder of this class
 * are replayed; {@code .ci/run} fuzzes for a bounded time with {@code JAZZER_FUZZ=1}.
 */
@ToolTest
// Jazzer only allows connections while an input runs: grades, which the background sender
// would post between inputs, stay queued (their delivery is GradingContract's subject)
@TestPropertySource(properties = { "lti.tutor.per-minute=1000000", "lti.registration.max-pending=1000000",
		"lti.grading.send-interval=1d" })
class EndpointFuzzTests {

	/**
	 * Tables a refused request must not add to. A refused launch whose token the platform
	 * signed spends its login for good: its state row stays, marked used, with its nonce
	 * on record (lti-checklist C-25). Course members are not among them: they are rolled
	 * up in the background from stored launches (issue 19), which a refused launch never
	 * adds to, so a row may appear there for an earlier input's launch at any time.
	 */
	static final List<String> DATA = List.of("login_state", "launch_context", "quiz_attempt", "grade_delivery",
			"tutor_question", "platform", "deployment", "section_progress", "try_it_response");

	static final TestPlatform platform = new TestPlatform();

	static final FuzzedLms lms = new FuzzedLms();

	static final String LTI = "https://purl.imsglobal.org/spec/lti/claim/";

	static int students;

	static Student student;

	static String submitPath;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@DynamicPropertySource
	static void platforms(DynamicPropertyRegistry registry) {
		platform.declare(registry);
	}

	/** Requests sent, by status, reported when the run ends. */
	static final Map<Integer, Integer> statuses = new java.util.TreeMap<>();

	@AfterAll
	static void stop() {
		lms.close();
		System.out.println("Fuzzed requests by status: " + statuses);
	}

	@FuzzTest(maxDuration = "45s")
	void noInputGivesAServerErrorOrStoresAnythingWhenRefused(FuzzedDataProvider data) throws Exception {
		// the test talks to the tool, and the tool to the test's LMSs, over loopback and
		// nowhere else: any other connection is an SSRF finding (the tutor model's
		// telemetry was one). Where the tool may connect in production is the outbound
		// policy's to decide (BoundedHttpTests).
		try (SilentCloseable network = BugDetectors
			.allowNetworkConnections((host, port) -> "localhost".equals(host) || "127.0.0.1".equals(host))) {
			switch (data.consumeInt(0, 4)) {
				case 0 -> login(data);
				case 1 -> launch(data);
				case 2 -> quiz(data);
				case 3 -> tutor(data);
				default -> register(data);
			}
		}
	}

	private void login(FuzzedDataProvider data) {
		TestBrowser browser = new TestBrowser(this.port);
		Map<String, String> parameters = browser.loginParameters(platform);
		int edits = data.consumeInt(0, 4);
		for (int i = 0; i < edits; i++) {
			String name = data.pickValue(List.of("iss", "login_hint", "target_link_uri", "client_id",
					"lti_deployment_id", "lti_message_hint", "lti_storage_target"));
			if (data.consumeBoolean()) {
				parameters.remove(name);
			}
			else {
				parameters.put(name, data.consumeString(300));
			}
		}
		check(() -> browser.login(parameters, data.consumeBoolean()).response());
	}

	private void launch(FuzzedDataProvider data) {
		TestBrowser browser = new TestBrowser(this.port);
		TestBrowser.Login login = browser.login(platform);
		String idToken;
		if (data.consumeInt(0, 9) == 0) {
			idToken = data.consumeString(2000);
		}
		else {
			Map<String, Object> claims = platform.studentClaims(login.nonce(), browser.targetLinkUri());
			int edits = data.consumeInt(0, 5);
			for (int i = 0; i < edits; i++) {
				String name = data.pickValue(List.of("sub", "name", "email", "iss", "aud", "azp", "nonce", "exp",
						LTI + "roles", LTI + "context", LTI + "resource_link", LTI + "deployment_id",
						LTI + "message_type", LTI + "version", LTI + "custom", LTI + "launch_presentation",
						LTI + "target_link_uri", "https://purl.imsglobal.org/spec/lti-ags/claim/endpoint",
						"https://purl.imsglobal.org/spec/lti-nrps/claim/namesroleservice",
						"https://purl.imsglobal.org/spec/lti-dl/claim/deep_linking_settings"));
				claims.put(name, value(data, 3));
			}
			String kid = data.consumeBoolean() ? null : data.consumeString(40);
			String typ = data.consumeString(20);
			idToken = platform.sign(claims, (header) -> {
				if (kid != null) {
					header.keyID(kid);
				}
				header.customParam("x", typ);
			});
		}
		check(() -> browser.launch(idToken, login));
	}

	/**
	 * A JSON-like value: string, number, boolean, list or object, nested a few levels.
	 */
	private static Object value(FuzzedDataProvider data, int depth) {
		int kind = data.consumeInt(0, (depth > 0) ? 5 : 3);
		return switch (kind) {
			case 0 -> data.consumeString(200);
			case 1 -> data.consumeLong();
			case 2 -> data.consumeBoolean();
			case 3 -> null;
			case 4 -> {
				List<Object> list = new ArrayList<>();
				int n = data.consumeInt(0, 4);
				for (int i = 0; i < n; i++) {
					list.add(value(data, depth - 1));
				}
				yield list;
			}
			default -> {
				Map<String, Object> map = new LinkedHashMap<>();
				int n = data.consumeInt(0, 4);
				for (int i = 0; i < n; i++) {
					map.put(data.pickValue(List.of("id", "title", "label", "lineitem", "lineitems", "scope",
							"context_memberships_url", "return_url", "document_target", "deep_link_return_url",
							"accept_types", "data", "x")), value(data, depth - 1));
				}
				yield map;
			}
		};
	}

	private void quiz(FuzzedDataProvider data) {
		if (student == null || submitPath == null) {
			student = Student.launch(this.port, platform, "fuzz-student-" + (++students), (claims) -> {
			});
			String page = student.post("/quiz", Map.of()).body();
			submitPath = page.contains("/submit\"") ? Student.submitPath(page) : null;
			if (submitPath == null) {
				student = null;
				return;
			}
		}
		List<String> names = new ArrayList<>(QuizKey.BANK.questions().stream().map((q) -> q.id()).toList());
		names.add("csrf");
		names.add("lt");
		List<String> choices = QuizKey.BANK.questions()
			.stream()
			.flatMap((q) -> q.choices().stream())
			.map((c) -> c.id())
			.distinct()
			.toList();
		List<Map.Entry<String, String>> form = new ArrayList<>();
		int fields = data.consumeInt(0, 20);
		for (int i = 0; i < fields; i++) {
			String name = data.consumeBoolean() ? data.pickValue(names) : data.consumeString(30);
			String value = data.consumeBoolean() ? data.pickValue(choices) : data.consumeString(60);
			form.add(Map.entry(encode(name), encode(value)));
		}
		HttpResponse<String> response = check(() -> student.postMulti(submitPath, form));
		if (response.statusCode() == 200) {
			// an attempt scored: the next input starts another
			submitPath = null;
		}
	}

	private void tutor(FuzzedDataProvider data) {
		if (student == null) {
			student = Student.launch(this.port, platform, "fuzz-student-" + (++students), (claims) -> {
			});
		}
		String body = data.consumeBoolean() ? "{\"question\":" + quoted(data.consumeString(500)) + "}"
				: data.consumeString(2000);
		check(() -> student.postJson("/tutor/answers", body));
	}

	private void register(FuzzedDataProvider data) {
		String configuration = data.consumeBoolean()
				? "{\"issuer\":\"{base}\",\"authorization_endpoint\":"
						+ "\"{base}/auth\",\"token_endpoint\":\"{base}/token\",\"jwks_uri\":\"{base}/jwks\","
						+ "\"registration_endpoint\":\"{base}/register\"," + data.consumeString(300) + "}"
				: data.consumeString(1000);
		String registration = data.consumeBoolean()
				? "{\"client_id\":" + quoted(data.consumeString(300)) + "," + data.consumeString(300) + "}"
				: data.consumeString(1000);
		lms.answer(data.pickValue(List.of(200, 201, 400, 401, 500)), configuration,
				data.pickValue(List.of(200, 201, 400, 401, 500)), registration);
		String token = data.consumeString(60);
		check(() -> new TestBrowser(this.port).get("/lti/register?openid_configuration="
				+ encode(lms.configurationUrl()) + "&registration_token=" + encode(token)));
	}

	/** Sends the request and checks the property. */
	private HttpResponse<String> check(java.util.function.Supplier<HttpResponse<String>> request) {
		Map<String, Long> before = counts();
		HttpResponse<String> response = request.get();
		statuses.merge(response.statusCode(), 1, Integer::sum);
		assertThat(response.statusCode()).as(response.body()).isLessThan(500);
		if (response.statusCode() >= 400) {
			Map<String, Long> after = counts();
			for (String table : DATA) {
				assertThat(after.get(table)).as(table + " after a refusal: " + response.body())
					.isLessThanOrEqualTo(before.get(table));
			}
		}
		return response;
	}

	private Map<String, Long> counts() {
		Map<String, Long> counts = new LinkedHashMap<>();
		for (String table : DATA) {
			counts.put(table, this.jdbc.sql("select count(*) from " + table).query(Long.class).single());
		}
		return counts;
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8);
	}

	private static String quoted(String text) {
		return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
	}

}
