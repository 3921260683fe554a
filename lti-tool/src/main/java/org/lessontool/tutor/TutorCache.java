package org.lessontool.tutor;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lessontool.content.LessonContent;
import org.lessontool.content.LessonLoader;
import org.lessontool.content.LessonSource;

/**
 * Issue 17: one tutor per lesson folder per JVM. The tutor by words is built at once; the
 * one that also reads meaning (the sentence model loaded, every passage embedded) is
 * built on a background thread, so start-up does not wait for it, and takes over when
 * ready. Both are derived from the lesson files alone, so every replica answers alike.
 */
final class TutorCache {

	private static final Logger logger = LoggerFactory.getLogger(TutorCache.class);

	private static final ConcurrentMap<String, Tutor> BY_WORDS = new ConcurrentHashMap<>();

	private static final ConcurrentMap<String, CompletableFuture<Optional<Tutor>>> WITH_MEANING = new ConcurrentHashMap<>();

	private TutorCache() {
	}

	static Tutor byWords(String folder) {
		return BY_WORDS.computeIfAbsent(folder, (key) -> {
			long start = System.nanoTime();
			Tutor tutor = new Tutor(lesson(key));
			logger.info("Tutor index built from {} passages in {} ms", tutor.passages().size(),
					(System.nanoTime() - start) / 1_000_000);
			return tutor;
		});
	}

	static CompletableFuture<Optional<Tutor>> withMeaning(String folder) {
		return WITH_MEANING.computeIfAbsent(folder, (key) -> CompletableFuture.supplyAsync(() -> build(key), (task) -> {
			Thread thread = new Thread(task, "tutor-model");
			thread.setDaemon(true);
			thread.start();
		}));
	}

	private static Optional<Tutor> build(String folder) {
		long start = System.nanoTime();
		try {
			Optional<Tutor> tutor = SentenceModel.shared()
				.map((model) -> new Tutor(lesson(folder), Optional.of(model)));
			tutor.ifPresent((ready) -> logger.info("Tutor reads meaning: {} passages embedded in {} ms",
					ready.passages().size(), (System.nanoTime() - start) / 1_000_000));
			return tutor;
		}
		// the tutor by words goes on answering whatever went wrong here
		catch (RuntimeException | LinkageError ex) {
			logger.warn("Tutor could not embed the lesson ({}); it answers by words only", ex.toString());
			return Optional.empty();
		}
	}

	private static LessonContent lesson(String folder) {
		return LessonLoader.standard()
			.load(folder.isBlank() ? LessonSource.classpath("lessons/964") : LessonSource.directory(Path.of(folder)));
	}

}
