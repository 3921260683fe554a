package org.lessontool.content;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * Reads a lesson folder and validates it, so that a broken lesson is refused as a whole
 * with every problem named by file and field.
 */
public final class LessonLoader {

	private final YAMLMapper mapper = YAMLMapper.builder()
		.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
		.enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
		// "correct" is left out of wrong choices; a missing flag means false
		.disable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
		.build();

	private final LessonValidator validator;

	public LessonLoader(LessonValidator validator) {
		this.validator = validator;
	}

	/** A loader that applies the standard content rules. */
	public static LessonLoader standard() {
		return new LessonLoader(LessonValidator.standard());
	}

	/**
	 * Loads and validates the lesson in {@code source}.
	 * @param source the lesson folder
	 * @return the lesson, its key terms and quiz
	 * @throws LessonContentException naming every problem found
	 */
	public LessonContent load(LessonSource source) {
		List<ContentProblem> problems = new ArrayList<>();
		Lesson lesson = read(source, LessonFiles.LESSON, Lesson.class, problems);
		KeyTerms keyTerms = read(source, LessonFiles.KEY_TERMS, KeyTerms.class, problems);
		Quiz quiz = read(source, LessonFiles.QUIZ, Quiz.class, problems);
		if (!problems.isEmpty()) {
			throw new LessonContentException(source.location(), problems);
		}
		LessonContent content = new LessonContent(source.location(), lesson, keyTerms.terms(), quiz);
		problems.addAll(this.validator.validate(content));
		if (!problems.isEmpty()) {
			throw new LessonContentException(source.location(), problems);
		}
		return content;
	}

	private <T> T read(LessonSource source, String file, Class<T> type, List<ContentProblem> problems) {
		try (InputStream in = source.open(file)) {
			T value = this.mapper.readValue(in, type);
			if (value == null) {
				problems.add(new ContentProblem(file, "(file)", "the file is empty"));
			}
			return value;
		}
		catch (NoSuchFileException ex) {
			problems.add(new ContentProblem(file, "(file)", "the file is missing"));
		}
		catch (IOException ex) {
			problems.add(new ContentProblem(file, "(file)", "the file cannot be read: " + ex.getMessage()));
		}
		catch (JacksonException ex) {
			problems.add(new ContentProblem(file, fieldPath(ex), ex.getOriginalMessage()));
		}
		return null;
	}

	private static String fieldPath(JacksonException ex) {
		String path = ex.getPath()
			.stream()
			.map((ref) -> (ref.getPropertyName() != null) ? "." + ref.getPropertyName() : "[" + ref.getIndex() + "]")
			.collect(Collectors.joining());
		if (path.isEmpty()) {
			return (ex.getLocation() != null) ? "line " + ex.getLocation().getLineNr() : "(file)";
		}
		return path.startsWith(".") ? path.substring(1) : path;
	}

}
