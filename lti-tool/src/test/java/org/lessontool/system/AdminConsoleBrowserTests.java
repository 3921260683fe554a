package org.lessontool.system;

import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lessontool.test.Browser;
import org.lessontool.test.ToolTest;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The admin console in headless Chromium, on a phone and on a desktop: every page an
 * admin reaches has no axe-core violation, and the API tokens page (issue 15, item 7)
 * makes, lists and revokes a token.
 */
@ToolTest
@Tag("browser")
@TestPropertySource(properties = "lti.admin.password=browser-admin-password")
class AdminConsoleBrowserTests {

	@LocalServerPort
	int port;

	ChromeDriver driver;

	@AfterEach
	void quit() {
		if (this.driver != null) {
			Browser.release(this.driver);
		}
	}

	@ParameterizedTest
	@ValueSource(ints = { 375, 1280 })
	void everyConsolePageIsAccessibleAndATokenIsMadeListedAndRevoked(int width) {
		this.driver = Browser.start(width, 900);
		this.driver.get(url("/admin/login"));
		assertThat(Browser.accessibilityViolations(this.driver)).isEmpty();
		this.driver.findElement(By.id("password")).sendKeys("browser-admin-password");
		this.driver.findElement(By.cssSelector("form button")).click();
		// the sign-in's answer must arrive before the next page is asked for
		new WebDriverWait(this.driver, Duration.ofSeconds(30))
			.until((d) -> !d.getCurrentUrl().contains("/admin/login"));
		for (String page : new String[] { "/admin", "/admin/failures", "/admin/platforms/new" }) {
			this.driver.get(url(page));
			assertThat(Browser.accessibilityViolations(this.driver)).as(page).isEmpty();
		}
		this.driver.get(url("/admin/api-tokens"));
		this.driver.findElement(By.id("label")).clear();
		this.driver.findElement(By.id("label")).sendKeys("Roster sync at " + width);
		this.driver.findElement(By.cssSelector("form.admin-form button")).click();
		// a busy machine may still be loading the page the form posts to
		assertThat(new WebDriverWait(this.driver, Duration.ofSeconds(30))
			.until(ExpectedConditions.presenceOfElementLocated(By.id("api-token")))
			.getText()).startsWith("lt_");
		assertThat(Browser.accessibilityViolations(this.driver)).isEmpty();
		this.driver.get(url("/admin/api-tokens"));
		assertThat(Browser.accessibilityViolations(this.driver)).isEmpty();
		assertThat(this.driver.findElement(By.tagName("main")).getText()).contains("Roster sync at " + width);
		this.driver.findElement(By.cssSelector("button[aria-label^='Revoke token']")).click();
		new WebDriverWait(this.driver, Duration.ofSeconds(30))
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "The token is revoked"));
	}

	private String url(String path) {
		return "http://localhost:" + this.port + path;
	}

}
