package org.lessontool.test;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.nimbusds.jose.util.JSONObjectUtils;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * lti-checklist M-01: every Moodle-mode test runs against a test platform that answers as
 * the Moodle recorded in {@code shared/fixtures/moodle-4.5} (copied into the test
 * resources); when the fixtures are captured again from another version, this names it.
 */
class MoodleModeFixtureTests {

	static final String RECORDING = "/fixtures/moodle-4.5/token-response.http";

	@Test
	void theRecordingIsOfTheMoodleVersionTheModeReproduces() throws IOException {
		assertThat(recording().lines().findFirst().orElseThrow()).startsWith("# Moodle " + TestPlatform.MOODLE_VERSION);
	}

	@Test
	void tokenAnswersHaveTheRecordedLabelAndFields() throws Exception {
		String recording = recording();
		try (TestPlatform moodle = new TestPlatform()) {
			moodle.behaveLike(TestPlatform.Lms.MOODLE);
			HttpResponse<String> granted = post(moodle, "grant_type=client_credentials&scope=x");
			HttpResponse<String> refused = post(moodle, "grant_type=client_credentials&scope=");
			String label = recorded(recording, "Content-type: (.+)");
			assertThat(granted.headers().firstValue("Content-Type")).hasValue(label);
			assertThat(refused.headers().firstValue("Content-Type")).hasValue(label);
			assertThat(refused.statusCode()).isEqualTo(400);
			assertThat(JSONObjectUtils.parse(granted.body()).keySet())
				.isEqualTo(JSONObjectUtils.parse(recorded(recording, "(?s)200 OK.*?(\\{.*?\\})")).keySet());
			assertThat(JSONObjectUtils.parse(refused.body())).isEqualTo(Map.of("error",
					JSONObjectUtils.parse(recorded(recording, "(?s)400 Bad Request.*?(\\{.*?\\})")).get("error")));
		}
	}

	private static HttpResponse<String> post(TestPlatform moodle, String form) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(moodle.issuer() + "/mod/lti/token.php"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.POST(HttpRequest.BodyPublishers.ofString(form))
				.build(), HttpResponse.BodyHandlers.ofString());
	}

	private static String recorded(String recording, String pattern) {
		Matcher matcher = Pattern.compile(pattern).matcher(recording);
		assertThat(matcher.find()).as(pattern).isTrue();
		return matcher.group(1).trim();
	}

	private static String recording() throws IOException {
		try (InputStream in = MoodleModeFixtureTests.class.getResourceAsStream(RECORDING)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
	}

}
