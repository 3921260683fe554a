package org.lessontool.demo;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.lessontool.test.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless Chromium launches the lesson through the demo LMS, which serves on 127.0.0.1
 * while the tool serves on localhost, so the lesson's iframe is cross-site as in a real
 * LMS.
 */
class DemoLmsBrowserTests extends DemoBrowserTest {

	@org.springframework.beans.factory.annotation.Autowired
	org.springframework.jdbc.core.simple.JdbcClient jdbc;

	@Test
	void studentOpensTheLessonFromTheCoursePage() {
		openCourse(false, "");
		String lesson = launchAs("demo-student-1");
		assertThat(lesson).contains("AI and Why Companies 'Fine-Tune' Their Own AI", "Demo course: AI for teens")
			.doesNotContain("Teacher view");
	}

	@Test
	void courseAndLaunchedLessonHaveNoAccessibilityViolations() {
		openCourse(false, "");
		launchAs("demo-student-1");
		this.driver.switchTo().defaultContent();
		assertThat(Browser.accessibilityViolations(this.driver)).isEmpty();
	}

	@Test
	void studentTakesTheQuizAndTheDemoGradebookShowsTheScore() {
		openCourse(false, "");
		launchAs("demo-student-1");
		DemoPages.takeQuiz(this.driver);
		assertThat(this.driver.findElement(By.tagName("main")).getText()).contains("Not quite", "Read Section");
		this.driver.switchTo().defaultContent();
		new WebDriverWait(this.driver, Duration.ofSeconds(15))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until((driver) -> {
				driver.get("http://127.0.0.1:" + PORT + "/demo/gradebook");
				return driver.findElements(By.xpath("//tr[th='Sam Student']"))
					.stream()
					.anyMatch((row) -> row.getText().contains("14 / 15"));
			});
		assertThat(Browser.accessibilityViolations(this.driver)).isEmpty();
	}

	@Test
	void demoRegistersTheToolByDynamicRegistrationThenLaunchesWithIt() {
		this.driver = Browser.start(1280, 900);
		this.driver.get("http://127.0.0.1:" + PORT + "/demo/register-tool");
		this.driver.switchTo().frame("registration-frame");
		new WebDriverWait(this.driver, Duration.ofSeconds(15))
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until(ExpectedConditions.textToBe(By.tagName("h1"), "Lesson Tool is registered"));
		assertThat(this.driver.findElement(By.tagName("main")).getText()).contains("demo-dr-deployment");
		this.driver.switchTo().defaultContent();
		// CV-11, M-09: the LMS's page heard the tool's org.imsglobal.lti.close
		DemoPages.waitFor(this.driver)
			.until(ExpectedConditions.visibilityOfElementLocated(By.id("registration-closed")));
		this.driver.get("http://127.0.0.1:" + PORT + "/demo");
		assertThat(this.driver.findElement(By.cssSelector("input[name=client_id]")).getAttribute("value"))
			.startsWith("demo-dr-");
		assertThat(launchAs("demo-student-3")).contains("AI and Why Companies 'Fine-Tune' Their Own AI");
	}

	@Test
	void onACanvasSchoolSiteTheLessonOpensThroughTheForwardingFrameAndTheScoreReachesTheGradebook() {
		// CV-02, CV-03, Z-08: the course page is on the school's site, neither the
		// issuer's origin nor the token endpoint's; with every cookie blocked, state
		// can only be kept by Canvas's post_message_forwarding frame (S-03)
		String school = "http://school.localhost:" + PORT;
		openCourse(true, "");
		this.driver.get(school + "/demo");
		// the storage frame loads with the page, as Canvas's does, before anyone clicks
		this.driver.switchTo().frame("post_message_forwarding");
		DemoPages.waitFor(this.driver)
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main[data-tool-origin]")));
		this.driver.switchTo().defaultContent();
		assertThat(launchAs("demo-student-3")).contains("AI and Why Companies 'Fine-Tune' Their Own AI");
		assertThat(this.driver.executeScript("return document.URL;"))
			.isEqualTo("http://localhost:" + PORT + "/lti/launch/confirm");
		this.driver.switchTo().defaultContent();
		assertThat(this.driver.getCurrentUrl()).isEqualTo(school + "/demo");
		assertThat(Browser.accessibilityViolations(this.driver)).isEmpty();
		DemoPages.backIntoFrame(this.driver);
		DemoPages.takeQuiz(this.driver);
		this.driver.switchTo().defaultContent();
		DemoPages.waitFor(this.driver).until((driver) -> {
			driver.get("http://127.0.0.1:" + PORT + "/demo/gradebook");
			return driver.findElements(By.xpath("//tr[th='Jordan Lee']"))
				.stream()
				.anyMatch((row) -> row.getText().contains("14 / 15"));
		});
	}

	@Test
	void theLessonFrameTakesTheHeightTheQuizPagePosts() {
		// CV-12: lti.frameResize with the page's content height, as Canvas reads it
		openCourse(false, "");
		launchAs("demo-student-1");
		DemoPages.click(this.driver, By.cssSelector(".quiz-start button"));
		DemoPages.waitFor(this.driver).until(ExpectedConditions.presenceOfElementLocated(By.id("quiz-form")));
		long[] heights = new long[2];
		DemoPages.waitFor(this.driver).withMessage(() -> java.util.Arrays.toString(heights)).until((driver) -> {
			driver.switchTo().defaultContent();
			heights[0] = ((Number) this.driver
				.executeScript("return document.getElementById('lesson-frame').clientHeight;")).longValue();
			driver.switchTo().frame("lesson-frame");
			heights[1] = ((Number) this.driver
				.executeScript("return Math.ceil(document.documentElement.getBoundingClientRect().height);"))
				.longValue();
			return heights[0] == heights[1];
		});
		// the whole quiz shows in the course page, taller than the frame's first 70% of
		// the window
		assertThat(heights[1]).isGreaterThan(900);
	}

	@Test
	void theQuizKeepsItsOrderWhenReopenedAndAsksAnewNextAttempt() {
		openCourse(false, "");
		launchAs("demo-student-2");
		DemoPages.click(this.driver, By.cssSelector(".quiz-start button"));
		DemoPages.waitFor(this.driver).until(ExpectedConditions.presenceOfElementLocated(By.id("quiz-form")));
		java.util.List<String> first = shownOrder();
		// back to the lesson, and the quiz again: the same open attempt, the same order
		DemoPages.click(this.driver, By.cssSelector(".back-form button"));
		DemoPages.waitFor(this.driver)
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".quiz-start")));
		DemoPages.click(this.driver, By.cssSelector(".quiz-start button"));
		DemoPages.waitFor(this.driver).until(ExpectedConditions.presenceOfElementLocated(By.id("quiz-form")));
		assertThat(shownOrder()).isEqualTo(first);
		DemoPages.submitFourteenRight(this.driver);
		DemoPages.click(this.driver, By.cssSelector(".again-form button"));
		DemoPages.waitFor(this.driver).until(ExpectedConditions.presenceOfElementLocated(By.id("quiz-form")));
		assertThat(shownOrder()).isNotEqualTo(first);
	}

	/** Each question id with its choice ids, in the order the page shows them. */
	private java.util.List<String> shownOrder() {
		return this.driver.findElements(By.cssSelector("#quiz-form input[type=radio], #quiz-form input[type=checkbox]"))
			.stream()
			.map((input) -> input.getAttribute("id"))
			.toList();
	}

	@Test
	void onASmallPhoneALongSectionCountsAsReadOnceItsEndIsReached() {
		// section 5 is many screens tall at 320 x 300, so it can never be mostly visible
		this.jdbc.sql("delete from section_progress where subject = 'demo-student-1'").update();
		this.driver = Browser.start(320, 300);
		this.driver.get("http://127.0.0.1:" + PORT + "/demo");
		launchAs("demo-student-1");
		Number section = (Number) this.driver
			.executeScript("return document.getElementById('s5').getBoundingClientRect().height;");
		// the course page's screen, not the frame, which the LMS may size to the lesson
		this.driver.switchTo().defaultContent();
		Number screen = (Number) this.driver.executeScript("return window.innerHeight;");
		DemoPages.backIntoFrame(this.driver);
		assertThat(section.doubleValue() / screen.doubleValue()).isGreaterThan(2.5);
		assertThat(readSections()).doesNotContain("s5");
		// the course page scrolls, as a student's thumb does; the frame may be as tall as
		// the lesson
		Number end = (Number) this.driver.executeScript(
				"return document.querySelector('#s5 .section-end').getBoundingClientRect().top + window.scrollY;");
		this.driver.switchTo().defaultContent();
		this.driver.executeScript("var frame = document.getElementById('lesson-frame');"
				+ "window.scrollTo(0, frame.getBoundingClientRect().top + window.scrollY + arguments[0] - 150);", end);
		DemoPages.backIntoFrame(this.driver);
		this.driver.executeScript("window.scrollTo(0, arguments[0] - 150);", end);
		DemoPages.waitFor(this.driver).until((driver) -> readSections().contains("s5"));
	}

	private java.util.List<String> readSections() {
		return this.jdbc.sql("select section_id from section_progress where subject = 'demo-student-1'")
			.query(String.class)
			.list();
	}

	@Test
	void teacherGetsTheTeacherView() {
		openCourse(false, "");
		assertThat(launchAs("demo-teacher")).contains("Teacher view");
	}

	@Test
	void withEveryCookieBlockedPlatformStorageStillOpensTheLesson() {
		// lti-checklist S-04: the platform-storage messages (put and get, each with its
		// message_id and
		// the .response answer) carry the state, with every cookie blocked
		openCourse(true, "?storage=on");
		assertThat(launchAs("demo-student-2")).contains("AI and Why Companies 'Fine-Tune' Their Own AI");
		// the lesson frame got there through the platform-storage check, with no cookie
		// at all
		assertThat(this.driver.executeScript("return document.URL;"))
			.isEqualTo("http://localhost:" + PORT + "/lti/launch/confirm");
		assertThat(this.driver.manage().getCookies()).isEmpty();
	}

	@Test
	void withEveryCookieBlockedAndNoPlatformStorageTheStudentIsToldWhatToDo() {
		// lti-checklist S-07: an LMS without platform storage (Moodle) gets the
		// new-window fallback
		openCourse(true, "");
		assertThat(launchAs("demo-student-3")).contains("Open the lesson in a new tab", "state_not_bound");
	}

	@Test
	void withThirdPartyCookiesBlockedThePartitionedStateCookieStillOpensTheLesson() {
		// S-01: Chrome keeps a partitioned (CHIPS) cookie in the frame
		this.driver = Browser.startBlockingThirdPartyCookies(1280, 900);
		this.driver.get("http://127.0.0.1:" + PORT + "/demo");
		assertThat(launchAs("demo-student-1")).contains("AI and Why Companies 'Fine-Tune' Their Own AI");
	}

	@Test
	void withoutIframeCookiesTheNewTabReachesTheLessonAndTheGradebook() {
		// S-01 step 3, M-10: Safari's default inside Moodle's iframe, where Moodle offers
		// no platform storage
		this.driver = Browser.startWithoutFramedCookies(1280, 900, "http://localhost:" + PORT,
				"http://127.0.0.1:" + PORT);
		this.driver.get("http://127.0.0.1:" + PORT + "/demo");
		assertThat(launchAs("demo-student-2")).contains("Open the lesson in a new tab");
		assertThat(Browser.accessibilityViolations(this.driver)).isEmpty();
		String course = this.driver.getWindowHandle();
		DemoPages.backIntoFrame(this.driver);
		DemoPages.click(this.driver, By.id("open-new-tab"));
		DemoPages.waitFor(this.driver).until((d) -> d.getWindowHandles().size() == 2);
		this.driver.getWindowHandles()
			.stream()
			.filter((handle) -> !handle.equals(course))
			.findFirst()
			.ifPresent((tab) -> this.driver.switchTo().window(tab));
		DemoPages.waitFor(this.driver)
			.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("main"), "Fine-Tune"));
		DemoPages.takeQuiz(this.driver);
		this.driver.get("http://127.0.0.1:" + PORT + "/demo/gradebook");
		DemoPages.waitFor(this.driver).until((driver) -> {
			driver.navigate().refresh();
			return driver.findElements(By.xpath("//tr[th='Alex Rivera']"))
				.stream()
				.anyMatch((row) -> row.getText().contains("14 / 15"));
		});
	}

	@Test
	void opensOnTheLmsHostNameSoTheLessonIsCrossSite() {
		this.driver = Browser.start(1280, 900);
		this.driver.get("http://localhost:" + PORT + "/");
		assertThat(this.driver.getCurrentUrl()).isEqualTo("http://127.0.0.1:" + PORT + "/demo");
	}

	private void openCourse(boolean blockCookies, String query) {
		this.driver = Browser.start(1280, 900, blockCookies);
		this.driver.get("http://127.0.0.1:" + PORT + "/demo" + query);
	}

	private String launchAs(String userId) {
		return DemoPages.launchAs(this.driver, userId);
	}

}
