package org.lessontool.grading;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.concurrent.ThreadLocalRandom;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lessontool.platform.AgsService;
import org.lessontool.platform.PlatformCallException;
import org.lessontool.platform.Score;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Works off the grade outbox (lti-checklist A-23): claims due deliveries one by one, so
 * that with any number of replicas each is sent by one; retries network errors, 429 and
 * 5xx with exponential backoff and jitter, honouring Retry-After; records other refusals
 * with the platform's reason.
 */
@Component
class GradeSender {

	private static final Logger logger = LoggerFactory.getLogger(GradeSender.class);

	private final DeliveryRepository deliveries;

	private final LineItems lineItems;

	private final AgsService ags;

	private final GradingSettings settings;

	private final Clock clock;

	private final MeterRegistry meters;

	GradeSender(DeliveryRepository deliveries, LineItems lineItems, AgsService ags, GradingSettings settings,
			Clock clock, MeterRegistry meters) {
		this.deliveries = deliveries;
		this.lineItems = lineItems;
		this.ags = ags;
		this.settings = settings;
		this.clock = clock;
		this.meters = meters;
	}

	@Scheduled(fixedDelayString = "${lti.grading.send-interval:2s}",
			initialDelayString = "${lti.grading.send-interval:2s}")
	void sendDue() {
		OffsetDateTime now = now();
		for (long id : this.deliveries.findDue(now, this.settings.batchSize())) {
			if (this.deliveries.claim(id, now, now.plus(this.settings.lease()))) {
				this.deliveries.findById(id).ifPresent(this::send);
			}
		}
	}

	void send(Delivery d) {
		try {
			String lineItem = this.lineItems.resolve(d);
			this.ags.postScore(d.platformId(), d.scopes(), lineItem, score(d));
			this.deliveries.delivered(d.id(), now());
			this.meters.counter("grading.deliveries", "status", "delivered").increment();
			this.meters.timer("grading.delivery.latency").record(Duration.between(d.submittedAt(), now()));
		}
		catch (PlatformCallException ex) {
			if (ex.kind() == PlatformCallException.Kind.UNAVAILABLE) {
				OffsetDateTime next = now().plus(backoff(d.attempts(), ex.retryAfter()));
				this.deliveries.retryAt(d.id(), next, ex.getMessage());
				this.meters.counter("grading.deliveries", "status", "retry").increment();
				logger.info("Grade {} for attempt {} waits until {}: {}", d.id(), d.attemptId(), next, ex.getMessage());
			}
			else {
				this.deliveries.failed(d.id(), ex.getMessage());
				this.meters.counter("grading.deliveries", "status", "failed").increment();
				logger.warn("Grade {} for attempt {} was refused: {}", d.id(), d.attemptId(), ex.getMessage());
			}
		}
	}

	/**
	 * a finished quiz is Completed and FullyGraded with the number
	 * right out of 15; a start is Started and NotReady with no score, so it never sets or
	 * clears a grade.
	 */
	static Score score(Delivery d) {
		if (d.scoreGiven() == null) {
			return new Score(d.subject(), null, null, d.activityProgress(), d.gradingProgress(),
					Score.format(d.scoreTimestamp()), new Score.Submission(Score.format(d.startedAt()), null));
		}
		return new Score(d.subject(), d.scoreGiven(), d.scoreMaximum(), d.activityProgress(), d.gradingProgress(),
				Score.format(d.scoreTimestamp()),
				new Score.Submission(Score.format(d.startedAt()), Score.format(d.submittedAt())));
	}

	private Duration backoff(int attempts, Duration retryAfter) {
		long base = this.settings.firstRetry().toMillis() << Math.min(Math.max(attempts - 1, 0), 16);
		long capped = Math.min(base, this.settings.maxRetry().toMillis());
		long jittered = (long) (capped * (0.8 + ThreadLocalRandom.current().nextDouble() * 0.4));
		Duration wait = Duration.ofMillis(jittered);
		return (retryAfter != null && retryAfter.compareTo(wait) > 0) ? retryAfter : wait;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

}
