package org.lessontool.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;
import org.lessontool.test.Student;
import org.lessontool.test.TestBrowser;
import org.lessontool.test.SharedPlatforms;
import org.lessontool.test.TestPlatform;
import org.lessontool.test.ToolHttp;
import org.lessontool.test.ToolTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16, delivery: pages go compressed, static files under content-hashed names with a
 * year-long immutable cache, and the tool has its icons.
 */
@ToolTest
class StaticDeliveryTests {

	static final TestPlatform platform = SharedPlatforms.MAIN;

	@LocalServerPort
	int port;

	@Test
	void theLessonPageIsGzippedAndItsStylesheetIsCachedForAYear() throws Exception {
		Student student = Student.launch(this.port, platform, "delivery-1", (claims) -> {
		});
		HttpResponse<byte[]> page = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/lesson"))
				.header("Content-Type", "application/x-www-form-urlencoded")
				.header("Accept-Encoding", "gzip")
				.POST(HttpRequest.BodyPublishers.ofString(TestBrowser.form(student.fields())))
				.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Content-Encoding")).hasValue("gzip");
		String html;
		try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(page.body()))) {
			html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		assertThat(page.body().length).isLessThan(html.length() / 2);
		Matcher css = Pattern.compile("href=\"(/css/tool-[0-9a-f]{32}\\.css)\"").matcher(html);
		assertThat(css.find()).as("a content-hashed stylesheet link").isTrue();
		HttpResponse<String> stylesheet = ToolHttp.get(this.port, css.group(1));
		assertThat(stylesheet.statusCode()).isEqualTo(200);
		assertThat(stylesheet.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000",
				"immutable");
		assertThat(html).containsPattern("src=\"/js/tool-[0-9a-f]{32}\\.js\"")
			.containsPattern("rel=\"icon\" type=\"image/svg\\+xml\" href=\"/img/icon-[0-9a-f]{32}\\.svg\"");
	}

	@Test
	void theIconsAreServed() {
		assertThat(ToolHttp.get(this.port, "/favicon.ico").statusCode()).isEqualTo(200);
		assertThat(ToolHttp.get(this.port, "/img/apple-touch-icon.png").statusCode()).isEqualTo(200);
	}

}
