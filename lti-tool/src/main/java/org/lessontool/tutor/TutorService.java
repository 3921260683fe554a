package org.lessontool.tutor;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lessontool.catalog.LessonCatalog;
import org.lessontool.launch.LaunchContext;
import org.lessontool.support.RateLimits;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * The tutor for launched users: it builds the index once at start-up from the same lesson
 * folder the page shows, limits how often one launch may ask, records each question for
 * the teacher, and times each answer.
 */
@Service
class TutorService {

	private static final Logger logger = LoggerFactory.getLogger(TutorService.class);

	private final Tutor byWords;

	private final LessonCatalog catalog;

	private final boolean semantic;

	/** Empty until the tutor that reads meaning is ready, or for good if it cannot be. */
	private volatile CompletableFuture<Optional<Tutor>> withMeaning = CompletableFuture
		.completedFuture(Optional.empty());

	private final TutorQuestions questions;

	private final Clock clock;

	private final MeterRegistry meters;

	private final Timer latency;

	private final int perMinute;

	private final RateLimits limits;

	TutorService(LessonCatalog catalog, TutorQuestions questions, Clock clock, MeterRegistry meters,
			@Value("${lti.tutor.per-minute:10}") int perMinute, RateLimits limits,
			@Value("${lti.tutor.semantic:true}") boolean semantic) {
		this.limits = limits;
		this.byWords = TutorCache.byWords(catalog.location(), catalog.content());
		this.catalog = catalog;
		this.semantic = semantic;
		if (!semantic) {
			logger.info("Tutor reads meaning: off (lti.tutor.semantic=false); it answers by words only");
		}
		this.questions = questions;
		this.clock = clock;
		this.meters = meters;
		this.latency = Timer.builder("tutor.answer.latency").publishPercentileHistogram().register(meters);
		this.perMinute = perMinute;
	}

	/**
	 * Issue 17: the sentence model loads once the tool is ready, so loading it (about
	 * three seconds of CPU) does not hold up start-up; until then the tutor answers by
	 * words.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void loadMeaning() {
		if (this.semantic) {
			this.withMeaning = TutorCache.withMeaning(this.catalog.location(), this.catalog.content());
		}
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
		Tutor tutor = this.withMeaning.getNow(Optional.empty()).orElse(this.byWords);
		TutorAnswer raw = this.latency.record(() -> tutor.answer(searched));
		TutorAnswer answer = (question.length() > LengthRule.LIMIT)
				? new TutorAnswer(question.substring(0, LengthRule.LIMIT) + "…", raw.intro(), raw.passages(),
						raw.decline(), raw.suggestions())
				: raw;
		this.meters.counter("tutor.questions", "outcome", answer.outcome()).increment();
		if (answer.decline() == null || answer.decline().shownToTeacher()) {
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
