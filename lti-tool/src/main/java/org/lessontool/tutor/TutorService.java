package org.lessontool.tutor;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lessontool.content.LessonLoader;
import org.lessontool.content.LessonSource;
import org.lessontool.launch.LaunchContext;
import org.lessontool.support.RateLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;

/**
 * The tutor for launched users: it builds the index once at start-up from the same lesson
 * folder the page shows, limits how often one launch may ask, records each question for
 * the teacher, and times each answer.
 */
@Service
class TutorService {

	private static final Logger logger = LoggerFactory.getLogger(TutorService.class);

	private final Tutor tutor;

	private final TutorQuestions questions;

	private final Clock clock;

	private final MeterRegistry meters;

	private final Timer latency;

	private final int perMinute;

	private final RateLimits limits;

	TutorService(@Value("${lti.lesson.folder:}") String folder, TutorQuestions questions, Clock clock,
			MeterRegistry meters, @Value("${lti.tutor.per-minute:10}") int perMinute, RateLimits limits) {
		this.limits = limits;
		long start = System.nanoTime();
		this.tutor = new Tutor(LessonLoader.standard()
			.load(folder.isBlank() ? LessonSource.classpath("lessons/964") : LessonSource.directory(Path.of(folder))));
		logger.info("Tutor index built from {} passages in {} ms", this.tutor.passages().size(),
				Duration.ofNanos(System.nanoTime() - start).toMillis());
		this.questions = questions;
		this.clock = clock;
		this.meters = meters;
		this.latency = Timer.builder("tutor.answer.latency").publishPercentileHistogram().register(meters);
		this.perMinute = perMinute;
	}

	/**
	 * @throws RateLimitedException when this launch asked too often in the last minute
	 */
	TutorAnswer ask(LaunchContext launch, String question) {
		OffsetDateTime now = OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
		// issue 15: taking a permit is one atomic update, so parallel questions cannot
		// all
		// pass a count they read at once
		if (!this.limits.tryAcquire("tutor", launch.id(), this.perMinute, Duration.ofMinutes(1))) {
			this.meters.counter("tutor.questions", "outcome", "rate_limited").increment();
			throw new RateLimitedException(this.perMinute);
		}
		// an overlong question is declined on its first characters and echoed shortened:
		// a 25 MB question is neither searched nor sent back
		String searched = (question.length() > 4 * LengthRule.LIMIT) ? question.substring(0, 4 * LengthRule.LIMIT)
				: question;
		TutorAnswer raw = this.latency.record(() -> this.tutor.answer(searched));
		TutorAnswer answer = (question.length() > LengthRule.LIMIT)
				? new TutorAnswer(question.substring(0, LengthRule.LIMIT) + "…", raw.intro(), raw.passages(),
						raw.decline(), raw.suggestions())
				: raw;
		this.meters
			.counter("tutor.questions", "outcome",
					answer.declined() ? answer.decline().name().toLowerCase(java.util.Locale.ROOT) : "answered")
			.increment();
		if (answer.decline() != Decline.EMPTY) {
			this.questions.record(launch, answer.question(), !answer.declined(), now);
		}
		return answer;
	}

	List<TutorQuestions.Asked> mostAsked(LaunchContext launch) {
		return this.questions.mostAsked(launch, 20);
	}

	/** Too many questions from one launch in a minute. */
	static final class RateLimitedException extends RuntimeException {

		RateLimitedException(int perMinute) {
			super("You've asked " + perMinute
					+ " questions in the last minute. Take a moment to read, then ask again.");
		}

	}

}
