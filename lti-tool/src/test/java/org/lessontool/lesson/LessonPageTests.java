package org.lessontool.lesson;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.lessontool.content.Question;
import org.lessontool.test.ToolTest;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@ToolTest
class LessonPageTests {

	@LocalServerPort
	int port;

	@Autowired
	LessonCatalog catalog;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void previewRendersTheLesson() throws Exception {
		HttpResponse<String> response = get("/preview");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("Lesson 964 of 1570",
				"<h1>AI and Why Companies &#39;Fine-Tune&#39; Their Own AI</h1>", "id=\"term-lora\"",
				"href=\"#term-rag\"", "15 questions · Score saves to your progress.");
	}

	@Test
	void previewNeverCarriesTheAnswerKey() throws Exception {
		String body = get("/preview").body();
		for (Question question : this.catalog.content().quiz().questions()) {
			assertThat(body).doesNotContain(question.prompt(), question.explanation());
		}
	}

	@Test
	void pagesMayBeFramedByTheLmsButLoadNothingFromOutside() throws Exception {
		HttpResponse<String> response = get("/preview");
		assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				(csp) -> assertThat(csp).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'self'"));
		assertThat(response.headers().firstValue("X-Frame-Options")).isEmpty();
		assertThat(response.body()).doesNotContainPattern("(src|href)=\"(https?:)?//");
	}

	@Test
	void rootOpensThePreview() throws Exception {
		HttpResponse<String> response = get("/");
		assertThat(response.statusCode()).isEqualTo(302);
		assertThat(response.headers().firstValue("Location"))
			.hasValueSatisfying((location) -> assertThat(location).endsWith("/preview"));
	}

	private HttpResponse<String> get(String path) throws Exception {
		return this.http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path)).build(),
				HttpResponse.BodyHandlers.ofString());
	}

}
