package org.lessontool.tutor;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lessontool.content.LessonContent;

/**
 * Issue 17: one tutor per lesson per JVM, whatever number of application contexts share
 * it. The tutor by words is built at once; the one that also reads meaning (the sentence
 * model loaded, every passage embedded) is built on a background thread, so start-up does
 * not wait for it, and takes over when ready. Both are derived from the lesson files
 * alone, so every replica answers alike.
 */
final class TutorCache {

	private static final Logger logger = LoggerFactory.getLogger(TutorCache.class);

	private static final ConcurrentMap<String, Tutor> BY_WORDS = new ConcurrentHashMap<>();

	private static final ConcurrentMap<String, CompletableFuture<Optional<Tutor>>> WITH_MEANING = new ConcurrentHashMap<>();

	private TutorCache() {
	}

	/**
	 * @param location where the lesson was read from, the same for every context serving
	 * it
	 * @param lesson the lesson
	 */
	static Tutor byWords(String location, LessonContent lesson) {
		return BY_WORDS.computeIfAbsent(location, (key) -> {
			long start = System.nanoTime();
			Tutor tutor = new Tutor(lesson);
			logger.info("Tutor index built from {} passages in {} ms", tutor.passages().size(),
					(System.nanoTime() - start) / 1_000_000);
			return tutor;
		});
	}

	static CompletableFuture<Optional<Tutor>> withMeaning(String location, LessonContent lesson) {
		return WITH_MEANING.computeIfAbsent(location,
				(key) -> CompletableFuture.supplyAsync(() -> build(lesson), (task) -> {
					Thread thread = new Thread(task, "tutor-model");
					thread.setDaemon(true);
					thread.start();
				}));
	}

	private static Optional<Tutor> build(LessonContent lesson) {
		long start = System.nanoTime();
		try {
			Optional<Tutor> tutor = SentenceModel.shared().map((model) -> new Tutor(lesson, Optional.of(model)));
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

}
