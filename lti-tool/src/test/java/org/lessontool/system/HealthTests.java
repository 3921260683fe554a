package org.lessontool.system;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.lessontool.test.ToolHttp;
import org.lessontool.test.ToolTest;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

@ToolTest
class HealthTests {

	@LocalServerPort
	int port;

	@Test
	void healthAndProbesReportUp() {
		for (String path : new String[] { "/actuator/health", "/actuator/health/liveness",
				"/actuator/health/readiness" }) {
			HttpResponse<String> response = ToolHttp.get(this.port, path);
			assertThat(response.statusCode()).as(path).isEqualTo(200);
			assertThat(response.body()).as(path).contains("\"status\":\"UP\"");
		}
	}

	@Test
	void onlyHealthIsExposed() {
		HttpResponse<String> response = ToolHttp.get(this.port, "/actuator/env");
		assertThat(response.statusCode()).isEqualTo(404);
	}

}
