package org.lessontool.catalog;

import java.nio.file.Path;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lessontool.content.LessonContent;
import org.lessontool.content.LessonLoader;
import org.lessontool.content.LessonSource;
import org.springframework.stereotype.Component;

/**
 * The lesson this tool serves, loaded and validated once at start-up: a broken lesson
 * file stops the start rather than reaching a student.
 */
@Component
public class LessonCatalog {

	private static final Logger logger = LoggerFactory.getLogger(LessonCatalog.class);

	/** The lesson packaged with the tool. */
	public static final String PACKAGED = "lessons/964";

	private final LessonContent content;

	private final String location;

	LessonCatalog(LessonSettings settings) {
		LessonSource source = settings.folder().isBlank() ? LessonSource.classpath(PACKAGED)
				: LessonSource.directory(Path.of(settings.folder()));
		this.content = LessonLoader.standard().load(source);
		this.location = source.location();
		logger.info(
				"Loaded lesson {} from {}: {} sections, {} key terms, {} quiz questions in the bank, {} per attempt",
				this.content.lesson().number(), source.location(), this.content.lesson().sections().size(),
				this.content.keyTerms().size(), this.content.quiz().questions().size(),
				this.content.quiz().questionCount());
	}

	public LessonContent content() {
		return this.content;
	}

	/** Where the lesson was read from: the same for every context serving it. */
	public String location() {
		return this.location;
	}

}
