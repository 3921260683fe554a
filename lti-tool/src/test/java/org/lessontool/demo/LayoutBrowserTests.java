package org.lessontool.demo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.lessontool.test.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Issue 16 in headless Chromium on the demo LMS, on a phone and on a desktop, in the
 * light and the dark colour scheme: the student's lesson, quiz and result pages and the
 * teacher view never scroll sideways, no table breaks a word across lines, and axe-core
 * finds no violation. The result page's grade status reaches the gradebook without a
 * reload.
 */
class LayoutBrowserTests extends DemoBrowserTest {

	@ParameterizedTest(name = "{0} px, {1}")
	@CsvSource({ "375, light", "1280, light", "375, dark", "1280, dark" })
	void lessonQuizAndTeacherViewFitAndReadWell(int width, String scheme) {
		this.driver = Browser.start(width, 900);
		Browser.colorScheme(this.driver, scheme);
		this.driver.get("http://127.0.0.1:" + PORT + "/demo");
		DemoPages.launchAs(this.driver, "demo-student-1");
		assertThat(background()).as("the %s scheme is in effect", scheme)
			.isEqualTo("dark".equals(scheme) ? "rgb(18, 22, 28)" : "rgb(255, 255, 255)");
		check("lesson");
		DemoPages.click(this.driver, By.cssSelector(".quiz-start button"));
		DemoPages.waitFor(this.driver).until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("main h1")));
		java.util.List<org.openqa.selenium.WebElement> questions = this.driver
			.findElements(By.cssSelector("#quiz-form fieldset.question"));
		if (!questions.isEmpty()) {
			// issue 16: one question per screen on a phone, all of them on a desktop
			assertThat(questions.stream().filter(org.openqa.selenium.WebElement::isDisplayed).count())
				.isEqualTo((width < 600) ? 1 : questions.size());
		}
		check("quiz");
		this.driver.switchTo().defaultContent();
		DemoPages.launchAs(this.driver, "demo-teacher");
		check("teacher view");
		this.driver.switchTo().defaultContent();
		DemoPages.click(this.driver, By.id("add-activity"));
		DemoPages.inFrame(this.driver);
		assertThat(radiosAwayFromTheirLabels()).as("picker radios away from their labels").isEmpty();
		check("picker");
	}

	/** Each radio's label must start just right of it, on the same line. */
	@SuppressWarnings("unchecked")
	private java.util.List<String> radiosAwayFromTheirLabels() {
		return (java.util.List<String>) this.driver.executeScript("""
				var away = [];
				document.querySelectorAll('input[type=radio]').forEach(function (radio) {
					var label = document.querySelector('label[for="' + radio.id + '"]');
					if (!label) { away.push(radio.id + ' has no label'); return; }
					var r = radio.getBoundingClientRect(), l = label.getBoundingClientRect();
					var gap = l.left - r.right;
					var sameLine = l.top < r.bottom && l.bottom > r.top;
					if (gap < 0 || gap > 24 || !sameLine) { away.push(radio.id + ' gap ' + Math.round(gap)); }
				});
				return away;""");
	}

	@Test
	void theResultPageFollowsItsGradeToTheGradebookInEveryLayout() {
		this.driver = Browser.start(375, 900);
		this.driver.get("http://127.0.0.1:" + PORT + "/demo");
		DemoPages.launchAs(this.driver, "demo-student-3");
		DemoPages.takeQuiz(this.driver);
		assertThat(this.driver.findElement(By.id("grade-status")).getAttribute("data-state")).isEqualTo("WAITING");
		// the student may have taken the quiz before: then the best score may stay
		DemoPages.waitFor(this.driver)
			.until((d) -> !"WAITING".equals(d.findElement(By.id("grade-status")).getAttribute("data-state")));
		assertThat(this.driver.findElement(By.id("grade-status")).getAttribute("data-state")).isIn("SENT", "KEPT_BEST");
		assertThat(this.driver.findElement(By.id("grade-status-text")).getText()).contains("gradebook");
		assertThat(this.driver.findElement(By.id("grade-check")).isDisplayed()).isFalse();
		check("result, 375 px");
		for (String scheme : new String[] { "light", "dark" }) {
			this.driver.switchTo().defaultContent();
			this.driver.manage().window().setSize(new Dimension(1280, 900));
			Browser.colorScheme(this.driver, scheme);
			DemoPages.backIntoFrame(this.driver);
			check("result, 1280 px, " + scheme);
		}
	}

	@Test
	void aKeyTermShowsItsDefinitionInPlaceAndEscapeClosesIt() {
		this.driver = Browser.start(375, 900);
		this.driver.get("http://127.0.0.1:" + PORT + "/demo");
		DemoPages.launchAs(this.driver, "demo-student-1");
		org.openqa.selenium.WebElement term = this.driver.findElement(By.cssSelector("#s1 a.term"));
		DemoPages.click(this.driver, By.cssSelector("#s1 a.term"));
		org.openqa.selenium.WebElement definition = this.driver.findElement(By.cssSelector("#s1 .term-definition"));
		assertThat(definition.getText()).startsWith("Fine-tuning:").contains("In the key terms");
		assertThat(term.getAttribute("aria-expanded")).isEqualTo("true");
		assertThat(Browser.accessibilityViolations(this.driver)).isEmpty();
		DemoPages.backIntoFrame(this.driver);
		this.driver.switchTo().activeElement().sendKeys(org.openqa.selenium.Keys.ESCAPE);
		assertThat(this.driver.findElements(By.cssSelector(".term-definition"))).isEmpty();
		assertThat(term.getAttribute("aria-expanded")).isEqualTo("false");
	}

	private String background() {
		return String
			.valueOf(this.driver.executeScript("return getComputedStyle(document.documentElement).backgroundColor;"));
	}

	private void check(String page) {
		assertThat(Browser.scrollsSideways(this.driver)).as(page + " scrolls sideways").isFalse();
		assertThat(Browser.wordsBrokenInTables(this.driver)).as(page + ": words broken in tables").isEmpty();
		assertThat(Browser.accessibilityViolations(this.driver)).as(page).isEmpty();
		DemoPages.backIntoFrame(this.driver);
	}

}
