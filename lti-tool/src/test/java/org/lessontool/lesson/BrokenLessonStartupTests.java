package org.lessontool.lesson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.lessontool.catalog.LessonCatalog;
import org.lessontool.LessonToolApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatException;

/**
 * A broken lesson file stops the start with a message that names the file, the field and
 * the problem.
 */
@ExtendWith(OutputCaptureExtension.class)
class BrokenLessonStartupTests {

	@TempDir
	Path folder;

	@Test
	void missingCorrectAnswerStopsTheStart(CapturedOutput output) throws IOException {
		copyLessonWith("{ id: \"false\", text: \"False\", correct: true }", "{ id: \"false\", text: \"False\" }");
		assertThatException()
			.isThrownBy(() -> new SpringApplicationBuilder(LessonToolApplication.class).profiles("test")
				.run("--server.port=0", "--lti.lesson.folder=" + this.folder)
				.close());
		assertThat(output).contains("APPLICATION FAILED TO START",
				this.folder
						+ "/quiz.yaml, questions[3].choices: question 'q04' needs exactly one correct choice, found 0",
				"Fix the fields named above");
	}

	private void copyLessonWith(String passage, String replacement) throws IOException {
		for (String file : List.of("lesson.yaml", "key-terms.yaml", "quiz.yaml")) {
			try (InputStream in = getClass().getResourceAsStream("/" + LessonCatalog.PACKAGED + "/" + file)) {
				String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
				Files.writeString(this.folder.resolve(file), text.replace(passage, replacement));
			}
		}
	}

}
