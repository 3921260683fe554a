package org.lessontool.demo;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.lessontool.test.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;

import org.springframework.test.context.TestPropertySource;

/**
 * Makes the README's screenshots (issue 16) from the demo LMS, as students, the teacher
 * and the admin see it. Not a test: it runs only when asked, with
 * {@code ./mvnw -pl lti-tool -am test -Dtest=ReadmeScreenshots -Dscreenshots=../docs/screenshots -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@EnabledIfSystemProperty(named = "screenshots", matches = ".+")
@TestPropertySource(properties = "lti.admin.password=screenshots-admin-password")
class ReadmeScreenshots extends DemoBrowserTest {

	final Path folder = Path.of(System.getProperty("screenshots", "target/screenshots"));

	@Test
	void takeTheReadmeScreenshots() throws Exception {
		Files.createDirectories(this.folder);
		student(375, 812, "light", "lesson-phone", "main");
		student(1280, 860, "light", "lesson-desktop", "s1");
		student(375, 812, "dark", "lesson-phone-dark", "s3");

		this.driver = Browser.start(375, 812);
		this.driver.get("http://127.0.0.1:" + PORT + "/demo");
		DemoPages.launchAs(this.driver, "demo-student-2");
		DemoPages.takeQuiz(this.driver);
		DemoPages.waitFor(this.driver)
			.until((d) -> d.findElement(By.id("grade-status-text")).getText().contains("in your gradebook"));
		region("result-phone", "main");
		Browser.release(this.driver);

		this.driver = Browser.start(1280, 860);
		this.driver.get("http://127.0.0.1:" + PORT + "/demo");
		DemoPages.launchAs(this.driver, "demo-teacher");
		region("teacher-desktop", "main");
		Browser.release(this.driver);

		this.driver = Browser.start(1280, 860);
		this.driver.get("http://localhost:" + PORT + "/admin/login");
		this.driver.findElement(By.id("password")).sendKeys("screenshots-admin-password");
		this.driver.findElement(By.cssSelector("form button")).click();
		this.driver.get("http://localhost:" + PORT + "/admin");
		save("admin-desktop");
		Browser.release(this.driver);
		this.driver = null;
	}

	private void student(int width, int height, String scheme, String name, String id) throws Exception {
		this.driver = Browser.start(width, height);
		Browser.colorScheme(this.driver, scheme);
		this.driver.get("http://127.0.0.1:" + PORT + "/demo");
		DemoPages.launchAs(this.driver, "demo-student-1");
		region(name, id);
		Browser.release(this.driver);
	}

	/** Scrolls the course page to an element of the lesson frame and saves the screen. */
	private void region(String name, String id) throws Exception {
		Number top = (Number) this.driver.executeScript(
				"return document.getElementById(arguments[0]).getBoundingClientRect().top + window.scrollY;", id);
		this.driver.switchTo().defaultContent();
		this.driver.executeScript(
				"window.scrollTo({ behavior: 'instant', left: 0, top: document.getElementById('lesson-frame')"
						+ ".getBoundingClientRect().top + window.scrollY + arguments[0] - 8 });",
				top);
		save(name);
	}

	private void save(String name) throws Exception {
		// two frames later the scrolled page, frame included, has been painted
		this.driver.executeAsyncScript(
				"var done = arguments[0]; requestAnimationFrame(function () { requestAnimationFrame(done); });");
		Files.write(this.folder.resolve(name + ".png"), this.driver.getScreenshotAs(OutputType.BYTES));
	}

}
