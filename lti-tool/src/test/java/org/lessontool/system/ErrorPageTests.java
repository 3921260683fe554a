package org.lessontool.system;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.lessontool.test.ToolHttp;
import org.lessontool.test.ToolTest;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import static org.assertj.core.api.Assertions.assertThat;

@ToolTest
class ErrorPageTests {

	@LocalServerPort
	int port;

	@Test
	void unknownPageGetsAFriendly404() {
		HttpResponse<String> response = ToolHttp.get(this.port, "/no-such-page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("We could not find that page").doesNotContain("Whitelabel");
	}

	@Test
	void aRefusedRequestDoesNotSayTheToolFailed() throws Exception {
		// a JSON endpoint asked for HTML only answers 406; its page said "Nothing you did
		// caused this", the words for a server error
		HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + this.port + "/lti/canvas.json"))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(406);
		assertThat(response.body()).contains("The tool could not accept that request")
			.doesNotContain("Nothing you did caused this", "Something went wrong");
	}

	@Test
	void aDirectRequestForTheErrorPageIsNotAServerError() {
		// issue 15: GET /error with no error behind it answered 500
		assertThat(ToolHttp.get(this.port, "/error").statusCode()).isBetween(400, 499);
	}

	@Test
	void aBodyOverTheLimitIsRefusedBeforeItIsRead() throws Exception {
		// issue 15: a 25 MB tutor question was read, parsed and echoed
		String question = "{\"question\":\"" + "a".repeat(1024 * 1024) + "\"}";
		for (String path : new String[] { "/tutor/answers", "/lti/launch", "/lesson/try-it" }) {
			HttpResponse<String> response = java.net.http.HttpClient.newHttpClient()
				.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://127.0.0.1:" + this.port + path))
					.header("Content-Type", "application/json")
					.POST(java.net.http.HttpRequest.BodyPublishers.ofString(question))
					.build(), HttpResponse.BodyHandlers.ofString());
			assertThat(response.statusCode()).as(path).isEqualTo(413);
			assertThat(response.body()).as(path).contains("larger than the 256 KB");
		}
	}

	@Test
	void failureGetsAPageWithoutStackTraceOrDetail() {
		HttpResponse<String> response = ToolHttp.get(this.port, "/test/explode");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("Something went wrong")
			.doesNotContain("IllegalStateException", "database password is hunter2", "at org.", "Whitelabel");
	}

	@TestConfiguration
	static class ExplodingController {

		@RestController
		static class Exploding {

			@GetMapping("/test/explode")
			String explode() {
				throw new IllegalStateException("database password is hunter2");
			}

		}

	}

}
