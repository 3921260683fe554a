package org.lessontool.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.lessontool.test.PostgresTest;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In prod, forwarded headers from an address that is not a trusted proxy are ignored: a
 * client cannot claim another address or HTTPS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "LTI_TOOL_URL=https://lessons.example.org",
				"LTI_KEYS_ENCRYPTION_SECRET=k7Vq2xLp9RmT4wZc8NbF3hJd6GsY1uEa5PoQiWnXrKtU", "MANAGEMENT_PORT=0",
				"LTI_TRUSTED_PROXIES=10\\.1\\.2\\.3" })
@ActiveProfiles({ "test", "prod" })
@PostgresTest
@Import(ForwardedRequestEcho.class)
class UntrustedProxyTests {

	@LocalServerPort
	int port;

	@Test
	void forwardedHeadersFromAnyoneElseAreIgnored() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/test/echo"))
				.header("X-Forwarded-For", "203.0.113.9")
				.header("X-Forwarded-Proto", "https")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.body()).contains("\"remoteAddr\":\"127.0.0.1\"", "\"scheme\":\"http\"");
	}

}
