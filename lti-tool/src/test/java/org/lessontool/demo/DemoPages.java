package org.lessontool.demo;

import java.util.List;
import java.util.Map;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.time.Duration;

import org.lessontool.test.QuizKey;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * What a person does on the demo LMS's pages in Chromium, shared by the browser tests.
 */
final class DemoPages {

	private DemoPages() {
	}

	static WebDriverWait waitFor(ChromeDriver driver) {
		WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(15));
		wait.ignoring(StaleElementReferenceException.class);
		return wait;
	}

	/**
	 * Clicks once the element can take the click: the LMS may still be resizing the
	 * lesson's frame to a page that just loaded (lti.frameResize), moving it under the
	 * pointer.
	 */
	static void click(ChromeDriver driver, By locator) {
		waitFor(driver).ignoring(org.openqa.selenium.ElementClickInterceptedException.class)
			.ignoring(org.openqa.selenium.ElementNotInteractableException.class)
			.until((d) -> {
				WebElement element = d.findElement(locator);
				driver.executeScript("arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});", element);
				element.click();
				return true;
			});
	}

	/** Clicks a person's launch button and returns the text the lesson frame ends on. */
	static String launchAs(ChromeDriver driver, String userId) {
		click(driver, By.id("launch-" + userId));
		return inFrame(driver);
	}

	/** axe-core leaves the top page selected; this goes back into the lesson frame. */
	static void backIntoFrame(ChromeDriver driver) {
		driver.switchTo().defaultContent();
		driver.switchTo().frame("lesson-frame");
	}

	/**
	 * Switches into the lesson frame and waits for the tool's page there to settle. The
	 * frame passes through several sites on the way (the LMS's sign-in, the tool), and a
	 * driver may lose the frame while it does, so each look enters it afresh.
	 */
	static String inFrame(ChromeDriver driver) {
		waitFor(driver).ignoring(org.openqa.selenium.NoSuchElementException.class)
			.ignoring(org.openqa.selenium.NoSuchFrameException.class)
			// a script run while the frame navigates (the storage check posting) can time
			// out; the next look sees the new page
			.ignoring(org.openqa.selenium.ScriptTimeoutException.class)
			.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
			.until((d) -> {
				d.switchTo().defaultContent();
				d.switchTo().frame("lesson-frame");
				String url = String.valueOf(((ChromeDriver) d).executeScript("return document.URL;"));
				String h1 = d.findElement(By.cssSelector("main h1")).getText();
				return url.startsWith("http://localhost:") && !h1.isEmpty()
						&& !h1.matches("Opening the lesson.*|Signing you in.*|Returning to your course.*");
			});
		return driver.findElement(By.tagName("main")).getText();
	}

	/**
	 * From the lesson, takes the quiz as a student who gets every question right but the
	 * first, whatever the attempt drew.
	 */
	static void takeQuiz(ChromeDriver driver) {
		click(driver, By.cssSelector(".quiz-start button"));
		waitFor(driver).until(ExpectedConditions.presenceOfElementLocated(By.id("quiz-form")));
		submitFourteenRight(driver);
	}

	/** On the open quiz, answers all but the first question right and submits. */
	static void submitFourteenRight(ChromeDriver driver) {
		List<String> asked = driver.findElements(By.cssSelector("#quiz-form fieldset.question"))
			.stream()
			.map((fieldset) -> fieldset.getAttribute("id").substring("question-".length()))
			.toList();
		// question by question, in order: on a phone the quiz shows one at a time (issue
		// 16)
		for (int i = 0; i < asked.size(); i++) {
			String id = asked.get(i);
			List<Map.Entry<String, String>> answers = (i == 0) ? List.of(Map.entry(id, QuizKey.wrong(id)))
					: QuizKey.correct(List.of(id));
			for (Map.Entry<String, String> answer : answers) {
				click(driver, By.cssSelector("label[for='" + answer.getKey() + "-" + answer.getValue() + "']"));
			}
			List<org.openqa.selenium.WebElement> next = driver
				.findElements(By.xpath("//div[@class='quiz-steps' and not(@hidden)]/button[text()='Next question']"));
			if (!next.isEmpty() && next.get(0).isDisplayed()) {
				click(driver, By.xpath("//div[@class='quiz-steps']/button[text()='Next question']"));
			}
		}
		click(driver, By.cssSelector("#quiz-form button[type=submit]"));
		waitFor(driver).until(ExpectedConditions.textToBe(By.tagName("h1"), "You got 14 of 15"));
	}

	static int freePort() {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
