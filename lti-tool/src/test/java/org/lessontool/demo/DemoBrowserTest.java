package org.lessontool.demo;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.lessontool.test.Browser;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The tool with its demo LMS on one fixed loopback port, and a Chromium each test takes
 * and hands back. The demo serves on 127.0.0.1 while the tool serves on localhost, so the
 * activity's iframe is cross-site as in a real LMS.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.DEFINED_PORT)
@ActiveProfiles({ "test", "demo" })
@Tag("browser")
abstract class DemoBrowserTest {

	static final int PORT = DemoPages.freePort();

	ChromeDriver driver;

	@DynamicPropertySource
	static void port(DynamicPropertyRegistry registry) {
		registry.add("server.port", () -> PORT);
	}

	@AfterEach
	void quit() {
		if (this.driver != null) {
			Browser.release(this.driver);
		}
	}

}
