package org.lessontool.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Lesson folders for tests: the shipped lesson 964, and copies of it with one edit
 * applied.
 */
final class TestLessons {

	static final LessonSource SHIPPED = LessonSource.classpath("lessons/964");

	private TestLessons() {
	}

	static LessonContent shipped() {
		return LessonLoader.standard().load(SHIPPED);
	}

	/**
	 * Copies lesson 964 into {@code folder}, replacing one exact passage of one file.
	 * @return the edited folder as a source
	 */
	static LessonSource edited(Path folder, String file, String passage, String replacement) {
		try {
			for (String name : List.of(LessonFiles.LESSON, LessonFiles.KEY_TERMS, LessonFiles.QUIZ)) {
				try (InputStream in = SHIPPED.open(name)) {
					Files.copy(in, folder.resolve(name));
				}
			}
			Path target = folder.resolve(file);
			String text = Files.readString(target, StandardCharsets.UTF_8);
			if (!text.contains(passage)) {
				throw new IllegalArgumentException("No passage '" + passage + "' in " + file);
			}
			Files.writeString(target, text.replace(passage, replacement), StandardCharsets.UTF_8);
			return LessonSource.directory(folder);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Lesson 964 with the answer key written the lazy way: every correct choice first,
	 * and every single answer's correct choice the longest, in the lesson's own words.
	 */
	static LessonContent biasedKey() {
		LessonContent shipped = shipped();
		List<Question> biased = shipped.quiz().questions().stream().map((question) -> {
			if (question.type() == QuestionType.TRUE_FALSE) {
				return question;
			}
			List<Question.Choice> choices = new java.util.ArrayList<>();
			question.choices()
				.stream()
				.filter(Question.Choice::correct)
				.map((c) -> (question.type() == QuestionType.SINGLE)
						? new Question.Choice(c.id(), question.statement() + " " + c.text(), true) : c)
				.forEach(choices::add);
			question.choices().stream().filter((c) -> !c.correct()).forEach(choices::add);
			return new Question(question.id(), question.section(), question.kind(), question.type(),
					question.statement(), question.prompt(), choices, question.explanation());
		}).toList();
		return new LessonContent(shipped.location(), shipped.lesson(), shipped.keyTerms(),
				new Quiz(shipped.quiz().draw(), biased));
	}

	/** The problems the standard loader reports for an edited copy of lesson 964. */
	static List<ContentProblem> problemsAfter(Path folder, String file, String passage, String replacement) {
		try {
			LessonLoader.standard().load(edited(folder, file, passage, replacement));
			return List.of();
		}
		catch (LessonContentException ex) {
			return ex.problems();
		}
	}

	/**
	 * A file of the seed folder: the lesson page as the user gave it, and the lines of it
	 * that describe the original site rather than the lesson (its note on browser-local
	 * progress: here progress follows the student's LMS account).
	 */
	static String seed(String name) {
		try (InputStream in = TestLessons.class.getResourceAsStream("/seed/" + name)) {
			return new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
