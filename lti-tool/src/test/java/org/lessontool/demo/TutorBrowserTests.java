package org.lessontool.demo;

import org.junit.jupiter.api.Test;
import org.lessontool.test.Browser;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A student asks the tutor from the lesson in the demo course: with JavaScript the answer
 * appears in the panel, and with JavaScript off the form posts and answers on a page of
 * its own. axe-core needs scripts, so the page a browser without them gets is checked in
 * one with scripts that posts the form the same way.
 */
class TutorBrowserTests extends DemoBrowserTest {

	@Test
	void studentAsksInThePanelAndGetsACitedAnswerWithoutReload() {
		this.driver = Browser.start(1280, 1000);
		this.driver.get("http://127.0.0.1:" + PORT + "/demo");
		DemoPages.launchAs(this.driver, "demo-student-3");
		this.driver.findElement(By.id("tutor-question")).sendKeys("what's the difference between RAG and fine tuning");
		this.driver.executeScript("window.tutorMarker = 'same page';");
		DemoPages.click(this.driver, By.cssSelector("#tutor form[data-tutor-form] button[type=submit]"));
		DemoPages.waitFor(this.driver)
			.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#tutor-answer .tutor-passage")));
		String answer = this.driver.findElement(By.id("tutor-answer")).getText();
		assertThat(answer).contains("fine-tune (slow, expensive) or use RAG (fast, cheap)", "Read it in Section 3");
		assertThat(this.driver.findElement(By.cssSelector("#tutor-answer .tutor-passage a")).getAttribute("href"))
			.endsWith("#s3");
		assertThat(this.driver.executeScript("return window.tutorMarker;")).isEqualTo("same page");
		assertThat(Browser.accessibilityViolations(this.driver)).isEmpty();
	}

	@Test
	void withoutJavaScriptTheFormAnswersOnItsOwnPage() {
		this.driver = Browser.start(1280, 1000, false, false);
		this.driver.get("http://127.0.0.1:" + PORT + "/demo");
		DemoPages.click(this.driver, By.id("launch-demo-student-1"));
		this.driver.switchTo().frame("lesson-frame");
		// the demo LMS's sign-in step waits for a click when scripts are off
		DemoPages.waitFor(this.driver)
			.until(ExpectedConditions.elementToBeClickable(By.cssSelector("#demo-auth-response button")))
			.click();
		DemoPages.waitFor(this.driver).until(ExpectedConditions.presenceOfElementLocated(By.id("tutor-question")));
		this.driver.findElement(By.id("tutor-question")).sendKeys("what is LoRA?");
		DemoPages.click(this.driver, By.cssSelector("#tutor form[data-tutor-form] button[type=submit]"));
		DemoPages.waitFor(this.driver).until(ExpectedConditions.textToBe(By.tagName("h1"), "Your question"));
		String page = this.driver.findElement(By.tagName("main")).getText();
		assertThat(page).contains("“what is LoRA?”", "Stable Diffusion", "Read it in Key terms");
	}

	@Test
	void theAnswerPageABrowserWithoutScriptsGetsIsAccessible() {
		this.driver = Browser.start(1280, 1000);
		this.driver.get("http://127.0.0.1:" + PORT + "/demo");
		DemoPages.launchAs(this.driver, "demo-student-2");
		this.driver.findElement(By.id("tutor-question")).sendKeys("what is LoRA?");
		// form.submit() posts without the submit event the panel's script listens for
		this.driver.executeScript("document.querySelector('#tutor form[data-tutor-form]').submit();");
		DemoPages.waitFor(this.driver).until(ExpectedConditions.textToBe(By.tagName("h1"), "Your question"));
		assertThat(this.driver.findElement(By.tagName("main")).getText()).contains("Stable Diffusion");
		assertThat(Browser.accessibilityViolations(this.driver)).isEmpty();
	}

}
