package org.lessontool.registration;

import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.lessontool.test.TestPlatform;
import org.lessontool.test.ToolHttp;
import org.lessontool.test.ToolTest;
import org.lessontool.test.WithoutSharedPlatforms;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * lti-checklist R-02, Z-07: where HTTPS is required (prod), registration fetches only
 * https URLs of public addresses, refusing others before any request is made.
 */
@ToolTest
@WithoutSharedPlatforms
@TestPropertySource(properties = "lti.require-https=true")
class RegistrationSafetyTests {

	static final TestPlatform platform = new TestPlatform();

	@LocalServerPort
	int port;

	@Test
	void httpConfigurationUrlIsRefusedWithoutARequest() {
		HttpResponse<String> page = ToolHttp.get(this.port, "/lti/register?openid_configuration="
				+ platform.registration().configurationUrl() + "&registration_token=t");
		assertThat(page.statusCode()).isEqualTo(400);
		assertThat(page.body()).contains("must use https");
		assertThat(platform.registration().requests()).isEmpty();
	}

	@Test
	void privateAddressesAreRefused() {
		// issue 15, item 5: shared (RFC 6598) and benchmarking (RFC 2544) ranges too
		for (String url : new String[] { "https://127.0.0.1/.well-known/openid-configuration",
				"https://10.1.2.3/config", "https://169.254.169.254/latest/meta-data", "https://[::1]/config",
				"https://100.64.0.1/config", "https://198.18.0.1/config", "https://[::ffff:192.168.1.1]/config" }) {
			HttpResponse<String> page = ToolHttp.get(this.port, "/lti/register?openid_configuration="
					+ java.net.URLEncoder.encode(url, java.nio.charset.StandardCharsets.UTF_8));
			assertThat(page.statusCode()).as(url).isEqualTo(400);
			assertThat(page.body()).as(url).contains("points to a private or reserved address");
		}
	}

}
