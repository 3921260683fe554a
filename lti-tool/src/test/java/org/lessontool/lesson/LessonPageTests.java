package org.lessontool.lesson;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.lessontool.catalog.LessonCatalog;
import org.lessontool.test.ToolHttp;
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

	@Test
	void previewRendersTheLesson() {
		HttpResponse<String> response = ToolHttp.get(this.port, "/preview");
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type"))
			.hasValueSatisfying((type) -> assertThat(type).startsWith("text/html"));
		assertThat(response.body()).contains("Lesson 964 of 1570",
				"<h1>AI and Why Companies &#39;Fine-Tune&#39; Their Own AI</h1>", "id=\"term-lora\"",
				"href=\"#term-rag\"", "15 questions · Score saves to your progress.",
				"A glossary written for this tool: the lesson itself lists no key");
	}

	@Test
	void previewNeverCarriesTheAnswerKey() {
		String body = ToolHttp.get(this.port, "/preview").body();
		for (Question question : this.catalog.content().quiz().questions()) {
			assertThat(body).doesNotContain(question.prompt(), question.explanation());
		}
	}

	@Test
	void pagesMayBeFramedByTheLmsButLoadNothingFromOutside() {
		HttpResponse<String> response = ToolHttp.get(this.port, "/preview");
		assertThat(response.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(
				(csp) -> assertThat(csp).contains("default-src 'self'", "script-src 'self'", "frame-ancestors 'self'"));
		assertThat(response.headers().firstValue("X-Frame-Options")).isEmpty();
		assertThat(response.body()).doesNotContainPattern("(src|href)=\"(https?:)?//");
	}

}
