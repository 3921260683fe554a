package org.lessontool.lesson;

import java.net.http.HttpResponse;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.lessontool.test.Student;
import org.lessontool.test.TestBrowser;
import org.lessontool.test.SharedPlatforms;
import org.lessontool.test.TestPlatform;

import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Section progress is kept on the server per student and link, so a student resumes on
 * any device.
 */
abstract class ProgressContract {

	static final TestPlatform platform = SharedPlatforms.MAIN;

	@LocalServerPort
	int port;

	@Test
	void readSectionsAreMarkedAndTheNextLaunchOffersToContinue() {
		Student first = Student.launch(this.port, platform, "progress-1", (claims) -> {
		});
		assertThat(first.post("/lesson/progress", Map.of("section", "s1")).statusCode()).isEqualTo(204);
		assertThat(first.post("/lesson/progress", Map.of("section", "s3")).statusCode()).isEqualTo(204);
		assertThat(first.post("/lesson/progress", Map.of("section", "s3")).statusCode()).isEqualTo(204);
		String again = first.post("/lesson", Map.of()).body();
		assertThat(again).contains("Continue where you left off:", "Section 5: The big idea");
		// s1 and s3 read in the learning path, and s2 the next move (issue 16)
		assertThat(again.split("<span class=\"path-state\">Read</span>", -1)).hasSize(3);
		assertThat(again).contains("<li class=\"next\">");
		Student otherStudent = Student.launch(this.port, platform, "progress-2", (claims) -> {
		});
		assertThat(otherStudent.post("/lesson", Map.of()).body()).doesNotContain("Continue where you left off",
				"<span class=\"path-state\">Read</span>");
	}

	@Test
	void unknownSectionIsRefusedAndNothingIsRecorded() {
		Student student = Student.launch(this.port, platform, "progress-3", (claims) -> {
		});
		assertThat(student.post("/lesson/progress", Map.of("section", "s99")).statusCode()).isEqualTo(400);
		assertThat(student.post("/lesson", Map.of()).body()).doesNotContain("<span class=\"path-state\">Read</span>");
	}

	@Test
	void progressWithoutTheCsrfTokenIsForbidden() {
		Student student = Student.launch(this.port, platform, "progress-4", (claims) -> {
		});
		TestBrowser browser = student.browser();
		assertThat(browser.post("/lesson/progress", Map.of("lt", student.fields().get("lt"), "section", "s1"))
			.statusCode()).isEqualTo(403);
	}

	@Test
	void aTryItNoteIsSavedShownOnTheNextLaunchAndEscaped() {
		Student student = Student.launch(this.port, platform, "try-it-1", (claims) -> {
		});
		String lesson = student.post("/lesson", Map.of()).body();
		assertThat(lesson).contains("id=\"note-s1\"", "id=\"note-s3\"", "id=\"note-s5\"", "What did you notice?");
		HttpResponse<String> saved = student.post("/lesson/try-it",
				Map.of("section", "s3", "response", "  The <b>notes</b> answered across all 5 docs.  "));
		assertThat(saved.statusCode()).isEqualTo(200);
		assertThat(saved.body()).contains("Saved.", "The &lt;b&gt;notes&lt;/b&gt; answered across all 5 docs.");
		Student later = Student.launch(this.port, platform, "try-it-1", (claims) -> {
		});
		assertThat(later.post("/lesson", Map.of()).body())
			.contains(">The &lt;b&gt;notes&lt;/b&gt; answered across all 5 docs.</textarea>");
		// a blank note removes it
		later.post("/lesson/try-it", Map.of("section", "s3", "response", " "));
		assertThat(later.post("/lesson", Map.of()).body()).doesNotContain("answered across all 5 docs");
	}

	@Test
	void aTooLongNoteOrASectionWithoutATryItIsRefusedAndChangesNothing() {
		Student student = Student.launch(this.port, platform, "try-it-2", (claims) -> {
		});
		student.post("/lesson/try-it", Map.of("section", "s1", "response", "first note"));
		HttpResponse<String> tooLong = student.post("/lesson/try-it",
				Map.of("section", "s1", "response", "x".repeat(TryItResponses.LIMIT + 1)));
		assertThat(tooLong.statusCode()).isEqualTo(400);
		assertThat(tooLong.body()).contains("at most 2000 characters").doesNotContain("Exception");
		assertThat(student.post("/lesson/try-it", Map.of("section", "s2", "response", "hi")).statusCode())
			.isEqualTo(400);
		assertThat(student.post("/lesson", Map.of()).body()).contains(">first note</textarea>");
		TestBrowser browser = student.browser();
		assertThat(browser
			.post("/lesson/try-it", Map.of("lt", student.fields().get("lt"), "section", "s1", "response", "forged"))
			.statusCode()).isEqualTo(403);
		assertThat(student.post("/lesson", Map.of()).body()).contains(">first note</textarea>");
	}

}
