package org.lessontool.catalog;

import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lessontool.content.LessonContent;
import org.lessontool.content.LessonLoader;
import org.lessontool.content.LessonSource;
import org.springframework.stereotype.Component;

/**
 * The lesson this tool serves, loaded and validated once at start-up: a broken lesson
 * file stops the start rather than reaching a student. Parsed once per JVM and location
 * (issue 18: it was parsed by four modules): application contexts that serve the same
 * lesson, as tests start several, share it.
 */
@Component
public class LessonCatalog {

	private static final Logger logger = LoggerFactory.getLogger(LessonCatalog.class);

	/** The lesson packaged with the tool. */
	public static final String PACKAGED = "lessons/964";

	private static final Map<String, LessonContent> loaded = new ConcurrentHashMap<>();

	private static final AtomicInteger loads = new AtomicInteger();

	private final LessonContent content;

	private final String location;

	LessonCatalog(LessonSettings settings) {
		LessonSource source = settings.folder().isBlank() ? LessonSource.classpath(PACKAGED)
				: LessonSource.directory(Path.of(settings.folder()));
		this.location = source.location();
		this.content = loaded.computeIfAbsent(this.location, (location) -> {
			loads.incrementAndGet();
			return LessonLoader.standard().load(source);
		});
		logger.info(
				"Loaded lesson {} from {}: {} sections, {} key terms, {} quiz questions in the bank, {} per attempt",
				this.content.lesson().number(), source.location(), this.content.lesson().sections().size(),
				this.content.keyTerms().size(), this.content.quiz().questions().size(),
				this.content.quiz().questionCount());
	}

	public LessonContent content() {
		return this.content;
	}

	/** How many times this JVM has parsed a lesson. */
	static int loads() {
		return loads.get();
	}

	/** Where the lesson was read from: the same for every context serving it. */
	public String location() {
		return this.location;
	}

}
