package org.lessontool.platform;

import java.net.ConnectException;
import java.net.http.HttpTimeoutException;

import org.junit.jupiter.api.Test;

import org.springframework.security.oauth2.core.OAuth2Error;

import static org.assertj.core.api.Assertions.assertThat;

/** Which failed calls to an LMS are final, and what a teacher or admin reads. */
class PlatformFailuresTests {

	@Test
	void onlyARefusalOfTheToolsCredentialsOrScopesIsFinal() {
		for (String code : new String[] { "invalid_client", "invalid_scope", "unauthorized_client" }) {
			assertThat(PlatformFailures.tokenRefused(new OAuth2Error(code)).kind())
				.isEqualTo(PlatformCallException.Kind.REFUSED);
		}
		for (String code : new String[] { "invalid_request", "invalid_grant", "server_error", "made_up" }) {
			assertThat(PlatformFailures.tokenRefused(new OAuth2Error(code)).kind())
				.isEqualTo(PlatformCallException.Kind.UNAVAILABLE);
		}
	}

	@Test
	void theLmsOwnWordsAreQuotedOnOneBoundedLine() {
		// CV-09: Canvas's answer to a wrong audience
		PlatformCallException canvas = PlatformFailures
			.tokenRefused(new OAuth2Error("invalid_request", "the 'aud' is invalid", null));
		assertThat(canvas.getMessage()).contains("invalid_request: \u201cthe 'aud' is invalid\u201d", "keeps trying");
		PlatformCallException long_ = PlatformFailures
			.tokenRefused(new OAuth2Error("invalid_client", "line\r\nforged " + "x".repeat(500), null));
		assertThat(long_.getMessage()).doesNotContain("\r", "\n").contains("line forged").hasSizeLessThan(500);
	}

	@Test
	void transportFailuresAreRetriedAndNamedWithoutJavaWords() {
		PlatformCallException timeout = PlatformFailures.unavailable("The LMS",
				new RuntimeException(new HttpTimeoutException("request timed out")));
		assertThat(timeout.kind()).isEqualTo(PlatformCallException.Kind.UNAVAILABLE);
		assertThat(timeout.getMessage()).isEqualTo("The LMS did not answer in time; the tool keeps trying");
		assertThat(PlatformFailures.unavailable("The LMS", new ConnectException()).getMessage())
			.contains("connection refused");
		assertThat(PlatformFailures.unavailable("The LMS's token endpoint", new IllegalStateException("No converter"))
			.getMessage())
			.isEqualTo(
					"The LMS's token endpoint gave an answer that is not an OAuth token response; the tool keeps trying")
			.doesNotContain("Exception");
	}

}
