package org.lessontool.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
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
	void unknownPageGetsAFriendly404() throws Exception {
		HttpResponse<String> response = get("/no-such-page");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("We could not find that page").doesNotContain("Whitelabel");
	}

	@Test
	void failureGetsAPageWithoutStackTraceOrDetail() throws Exception {
		HttpResponse<String> response = get("/test/explode");
		assertThat(response.statusCode()).isEqualTo(500);
		assertThat(response.body()).contains("Something went wrong")
			.doesNotContain("IllegalStateException", "database password is hunter2", "at org.", "Whitelabel");
	}

	private HttpResponse<String> get(String path) throws Exception {
		return HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());
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
