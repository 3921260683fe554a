package org.lessontool.lesson;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.lessontool.catalog.LessonCatalog;
import org.lessontool.content.KeyTerm;
import org.lessontool.content.SeedFidelityRule;
import org.lessontool.content.Section;
import org.lessontool.content.Typography;
import org.lessontool.test.Browser;
import org.lessontool.test.ToolTest;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless Chromium reads the lesson page as a student would, at phone and desktop
 * widths.
 */
@ToolTest
@Tag("browser")
class LessonPageBrowserTests {

	/** The seed as the user gave it, kept beside the content module's fidelity test. */
	private static final Path SEED = Path.of("../content/src/test/resources/seed");

	@LocalServerPort
	int port;

	@Autowired
	LessonCatalog catalog;

	private ChromeDriver driver;

	@AfterEach
	void quit() {
		if (this.driver != null) {
			Browser.release(this.driver);
		}
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 375, 1280 })
	void showsEverySectionHeadingAndKeyTerm(int width) {
		open(width);
		List<String> headings = this.driver.findElements(By.cssSelector("section.section h2"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(headings).containsExactlyElementsOf(
				this.catalog.content().lesson().sections().stream().map(Section::heading).toList());
		for (KeyTerm term : this.catalog.content().keyTerms()) {
			WebElement entry = this.driver.findElement(By.id("term-" + term.id()));
			assertThat(entry.isDisplayed()).as(term.id()).isTrue();
			assertThat(entry.getText()).isEqualTo(term.term());
		}
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 375, 1280 })
	void showsEverySentenceOfTheSeedLesson(int width) throws IOException {
		open(width);
		String visible = Typography.normalize(this.driver.findElement(By.tagName("main")).getText());
		SeedFidelityRule seed = new SeedFidelityRule(Files.readString(SEED.resolve("lesson-964.txt")),
				Set.copyOf(Files.readAllLines(SEED.resolve("lesson-964.not-body.txt"))));
		assertThat(seed.sentences()).hasSizeGreaterThan(50)
			.allSatisfy((sentence) -> assertThat(visible).contains(sentence));
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 375, 1280 })
	void hasNoAccessibilityViolations(int width) {
		open(width);
		assertThat(Browser.accessibilityViolations(this.driver)).isEmpty();
	}

	@ParameterizedTest(name = "{0} px wide")
	@ValueSource(ints = { 320, 375 })
	void fitsANarrowIframeWithoutSidewaysScrolling(int width) {
		// lti-checklist C-44: the layout fits the narrow frame it is given
		open(width);
		Object overflow = this.driver
			.executeScript("return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
		assertThat(((Number) overflow).intValue()).isLessThanOrEqualTo(0);
	}

	private void open(int width) {
		this.driver = Browser.start(width, 900);
		this.driver.get("http://localhost:" + this.port + "/preview");
	}

}
