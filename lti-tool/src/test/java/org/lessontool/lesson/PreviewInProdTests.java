package org.lessontool.lesson;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.lessontool.test.ToolHttp;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In {@code prod} the lesson is reached only through a launch: the preview route is gone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "LTI_TOOL_URL=https://lessons.example.org", "MANAGEMENT_PORT=0",
				"LTI_KEYS_ENCRYPTION_SECRET=k7Vq2xLp9RmT4wZc8NbF3hJd6GsY1uEa5PoQiWnXrKtU" })
@ActiveProfiles({ "test", "prod" })
@org.lessontool.test.PostgresTest
class PreviewInProdTests {

	@LocalServerPort
	int port;

	@Test
	void prodProfileDoesNotServeThePreview() {
		HttpResponse<String> response = ToolHttp.get(this.port, "/preview");
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).doesNotContain("Fine-tuning is taking a base AI");
	}

}
