package org.lessontool.lesson;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In {@code prod} the lesson is reached only through a launch: the preview route is gone.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = "SPRING_DATASOURCE_URL=jdbc:h2:mem:prod-preview;DB_CLOSE_DELAY=-1")
@ActiveProfiles({ "test", "prod" })
class PreviewInProdTests {

	@LocalServerPort
	int port;

	@Test
	void prodProfileDoesNotServeThePreview() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/preview"))
				.header("Accept", "text/html")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).doesNotContain("Fine-tuning is taking a base AI");
	}

}
