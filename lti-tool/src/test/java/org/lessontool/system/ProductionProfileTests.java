package org.lessontool.system;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.lessontool.test.PostgresTest;
import org.lessontool.test.ToolHttp;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The prod profile on PostgreSQL: health and Prometheus metrics on the management port
 * only, forwarded headers taken from the trusted proxy, and a request id on every
 * response.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "LTI_TOOL_URL=https://lessons.example.org",
				"LTI_KEYS_ENCRYPTION_SECRET=k7Vq2xLp9RmT4wZc8NbF3hJd6GsY1uEa5PoQiWnXrKtU", "MANAGEMENT_PORT=0",
				"LTI_TRUSTED_PROXIES=127\\.0\\.0\\.1" })
@ActiveProfiles({ "test", "prod" })
@PostgresTest
@Import(ForwardedRequestEcho.class)
class ProductionProfileTests {

	@LocalServerPort
	int port;

	@Value("${local.management.port}")
	int managementPort;

	@Test
	void probesAndPrometheusAreOnTheManagementPortOnly() {
		for (String probe : new String[] { "/actuator/health/liveness", "/actuator/health/readiness" }) {
			assertThat(ToolHttp.get(this.managementPort, probe).statusCode()).as(probe).isEqualTo(200);
		}
		HttpResponse<String> metrics = ToolHttp.get(this.managementPort, "/actuator/prometheus");
		assertThat(metrics.statusCode()).isEqualTo(200);
		assertThat(metrics.body()).contains("grading_queue_depth", "grading_queue_oldest_age_seconds",
				"tutor_answer_latency_seconds", "jvm_memory_used_bytes");
		assertThat(ToolHttp.get(this.port, "/actuator/prometheus").statusCode()).isEqualTo(404);
		assertThat(ToolHttp.get(this.port, "/actuator/health").statusCode()).isEqualTo(404);
	}

	@Test
	void forwardedHeadersFromTheTrustedProxyAreBelieved() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/test/echo"))
				.header("X-Forwarded-For", "203.0.113.9")
				.header("X-Forwarded-Proto", "https")
				.header("X-Request-Id", "lb-abc-123")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.body()).contains("\"remoteAddr\":\"203.0.113.9\"", "\"scheme\":\"https\"");
		assertThat(response.headers().firstValue("X-Request-Id")).hasValue("lb-abc-123");
	}

	@Test
	void requestIdIsMadeWhenTheHeaderIsMissingOrUnsafe() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/test/echo"))
				.header("X-Request-Id", "bad id\twith spaces")
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(response.headers().firstValue("X-Request-Id").orElseThrow()).matches("[0-9a-f-]{36}");
	}

	@Test
	void everyResponseAsksForHttpsAndTheAdminCookiesAreSecureBehindTheLoadBalancer() throws Exception {
		// issue 15: TLS ends at the load balancer, so the request here looks plain
		for (String path : new String[] { "/", "/admin/login", "/no-such-page", "/.well-known/jwks.json" }) {
			HttpResponse<String> response = ToolHttp.get(this.port, path);
			assertThat(response.headers().firstValue("Strict-Transport-Security")).as(path)
				.hasValue("max-age=31536000; includeSubDomains");
		}
		HttpResponse<String> login = ToolHttp.get(this.port, "/admin/login");
		assertThat(login.headers().allValues("Set-Cookie")).isNotEmpty()
			.allSatisfy((cookie) -> assertThat(cookie).contains("Secure"));
	}

}
