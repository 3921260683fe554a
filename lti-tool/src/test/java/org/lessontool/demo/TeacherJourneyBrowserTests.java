package org.lessontool.demo;

import org.junit.jupiter.api.Test;
import org.lessontool.test.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The whole teacher journey in headless Chromium on the demo LMS: the teacher adds the
 * lesson by deep linking, a student takes the quiz in the new activity, and the teacher
 * view shows the attempt, the item analysis and the delivered grade, with no axe-core
 * violations on the picker or the teacher view.
 */
class TeacherJourneyBrowserTests extends DemoBrowserTest {

	@Test
	void teacherAddsTheLessonThenSeesTheClassResults() {
		this.driver = Browser.start(1280, 1000);
		this.driver.get("http://127.0.0.1:" + PORT + "/demo");
		DemoPages.click(this.driver, By.id("add-activity"));
		assertThat(DemoPages.inFrame(this.driver)).contains("Add the lesson to your course",
				"A gradebook column out of 15 points");
		assertThat(Browser.accessibilityViolations(this.driver)).isEmpty();
		DemoPages.backIntoFrame(this.driver);
		WebElement title = this.driver.findElement(By.id("title"));
		title.clear();
		title.sendKeys("Fine-tuning quiz, period 2");
		new Select(this.driver.findElement(By.id("max_attempts"))).selectByValue("2");
		DemoPages.click(this.driver, By.cssSelector("label[for='policy-latest']"));
		DemoPages.click(this.driver, By.id("add-lesson"));
		DemoPages.waitFor(this.driver).until(ExpectedConditions.textToBe(By.tagName("h1"), "Activity added"));
		DemoPages.click(this.driver, By.id("open-added"));
		this.driver.switchTo().defaultContent();
		DemoPages.waitFor(this.driver)
			.until(ExpectedConditions.textToBe(By.tagName("h1"), "Fine-tuning quiz, period 2"));
		assertThat(this.driver.findElement(By.className("demo-activities")).getText())
			.contains("attempts: 2, grade: latest");

		DemoPages.launchAs(this.driver, "demo-student-2");
		DemoPages.takeQuiz(this.driver);
		assertThat(this.driver.findElement(By.tagName("main")).getText()).contains("Attempt 1");
		this.driver.switchTo().defaultContent();

		assertThat(DemoPages.launchAs(this.driver, "demo-teacher")).contains("Teacher view", "Your class");
		DemoPages.waitFor(this.driver).until((d) -> {
			String row = d.findElement(By.cssSelector("tr[data-subject='demo-student-2']")).getText();
			if (row.contains("Delivered")) {
				return true;
			}
			DemoPages.click(this.driver, By.xpath("//button[normalize-space()='Refresh the roster']"));
			return false;
		});
		String page = this.driver.findElement(By.tagName("main")).getText();
		assertThat(this.driver.findElement(By.cssSelector("tr[data-subject='demo-student-2']")).getText())
			.contains("Alex Rivera", "Submitted", "14 / 15", "Delivered");
		assertThat(this.driver.findElement(By.cssSelector("tr[data-subject='demo-student-4']")).getText())
			.contains("Riley Chen", "Not started");
		assertThat(this.driver.findElement(By.cssSelector("tr[data-subject='demo-student-5']")).getText())
			.contains("Casey Morgan", "Inactive");
		assertThat(this.driver.findElement(By.id("item-table")).getText()).contains("Q1", "0% (0 of 1)",
				"100% (1 of 1)");
		assertThat(page).contains("Score distribution");
		// the 15 questions asked, hardest first (issue 16), and the 16 possible scores
		assertThat(this.driver.findElements(By.cssSelector(".item-bars meter"))).hasSize(15);
		assertThat(this.driver.findElement(By.cssSelector(".item-bars li")).getText()).contains("0% (0 of 1)",
				"Go over in class");
		assertThat(this.driver.findElements(By.cssSelector("svg.chart[role=img] rect.chart-bar"))).hasSize(16);
		assertThat(Browser.accessibilityViolations(this.driver)).isEmpty();

		this.driver.switchTo().defaultContent();
		this.driver.get("http://127.0.0.1:" + PORT + "/demo/gradebook");
		assertThat(this.driver.findElement(By.tagName("thead")).getText()).contains("Fine-tuning quiz, period 2");
		assertThat(this.driver.findElement(By.xpath("//tr[th='Alex Rivera']")).getText()).contains("14 / 15");
	}

	@Test
	void teacherViewFitsANarrowIframe() {
		this.driver = Browser.start(360, 900);
		this.driver.get("http://127.0.0.1:" + PORT + "/demo");
		DemoPages.launchAs(this.driver, "demo-teacher");
		Object overflow = this.driver
			.executeScript("return document.documentElement.scrollWidth > document.documentElement.clientWidth;");
		assertThat(overflow).isEqualTo(false);
		assertThat(Browser.accessibilityViolations(this.driver)).isEmpty();
	}

}
