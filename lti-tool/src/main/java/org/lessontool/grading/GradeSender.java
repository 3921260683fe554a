package org.lessontool.grading;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.PreDestroy;

import io.micrometer.core.instrument.MeterRegistry;
import org.lessontool.support.Untrusted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.lessontool.platform.AgsService;
import org.lessontool.platform.PlatformCallException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Works off the grade outbox (lti-checklist A-23): claims due deliveries one by one, so
 * that with any number of replicas each is sent by one, and posts a platform's several at
 * once; retries network errors, 429 and 5xx with exponential backoff and jitter,
 * honouring Retry-After; records other refusals with the platform's reason.
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

	/**
	 * Senders, one platform's batch each; their threads are daemons named for the job.
	 */
	private final ExecutorService workers;

	/**
	 * Platforms this replica is sending to now; their other grades wait for the next
	 * round, so one platform never holds two senders.
	 */
	private final Set<String> busy = ConcurrentHashMap.newKeySet();

	/**
	 * The score posts themselves, up to {@code perPlatform} of each platform's at once.
	 */
	private final ExecutorService calls;

	private final Posts posts;

	private final PlatformPauses pauses;

	GradeSender(DeliveryRepository deliveries, PlatformPauses pauses, LineItems lineItems, AgsService ags,
			GradingSettings settings, Clock clock, MeterRegistry meters) {
		this.deliveries = deliveries;
		this.pauses = pauses;
		this.lineItems = lineItems;
		this.ags = ags;
		this.settings = settings;
		this.clock = clock;
		this.meters = meters;
		this.workers = daemons(settings.senders(), "grade-sender");
		this.calls = daemons(settings.senders() * settings.perPlatform(), "grade-post");
		this.posts = new Posts(this.calls, settings.perPlatform());
	}

	/**
	 * Each platform's due grades go out on a worker of their own, one after another, so
	 * an LMS that does not answer delays only its own grades; once one of its calls fails
	 * for want of an answer, the rest of its batch goes back untried and the platform
	 * pauses ({@link PlatformPauses}). A look that finds a full batch leaves more due, so
	 * each of its batches looks again as it ends instead of waiting for the next interval
	 * (issue 19: a backlog drains at the rate the LMS takes it). One look at a time, so a
	 * platform never has two batches in flight.
	 */
	@Scheduled(fixedDelayString = "${lti.grading.send-interval:2s}",
			initialDelayString = "${lti.grading.send-interval:2s}")
	synchronized void sendDue() {
		if (this.workers.isShutdown()) {
			return;
		}
		OffsetDateTime now = now();
		List<Long> due = this.deliveries.findDue(now, this.settings.batchSize(), Set.copyOf(this.busy));
		boolean more = due.size() >= this.settings.batchSize();
		Map<String, List<Delivery>> byPlatform = new LinkedHashMap<>();
		for (long id : due) {
			if (this.deliveries.claim(id, now, now.plus(this.settings.lease()))) {
				this.deliveries.findById(id)
					.ifPresent((d) -> byPlatform.computeIfAbsent(d.platformId(), (p) -> new ArrayList<>()).add(d));
			}
		}
		byPlatform.forEach((platformId, batch) -> {
			this.busy.add(platformId);
			try {
				CompletableFuture.runAsync(() -> sendAll(batch), this.workers).whenComplete((done, failure) -> {
					this.busy.remove(platformId);
					if (more) {
						lookAgain();
					}
				});
			}
			catch (RejectedExecutionException ex) {
				// shutting down: the claimed grades are due again for whichever replica
				// runs
				this.busy.remove(platformId);
				batch.forEach((d) -> this.deliveries.putBack(d.id(), d.lastError()));
			}
		});
	}

	private void lookAgain() {
		try {
			sendDue();
		}
		catch (RuntimeException ex) {
			// the scheduled look comes anyway
			logger.warn("Looking again for due grades failed: {}", ex.toString());
		}
	}

	/**
	 * On shutdown the grades being sent finish (or are rescheduled) before the
	 * application stops, so none stays leased to a replica that is gone.
	 */
	@PreDestroy
	void stop() throws InterruptedException {
		this.workers.shutdown();
		this.workers.awaitTermination(this.settings.lease().toMillis(), TimeUnit.MILLISECONDS);
		this.calls.shutdown();
	}

	private void sendAll(List<Delivery> batch) {
		this.posts.sendAll(batch, this::send, (waiting) -> this.deliveries.putBack(waiting.id(),
				"waiting: the LMS did not answer another grade just now"));
	}

	/**
	 * @return false when the platform did not answer, so its next grades should wait
	 */
	boolean send(Delivery d) {
		try {
			String lineItem = this.lineItems.resolve(d);
			this.ags.postScore(d.platformId(), d.scopes(), lineItem, d.score());
			this.deliveries.delivered(d.id(), now());
			this.meters.counter("grading.deliveries", "status", "delivered").increment();
			this.meters.timer("grading.delivery.latency").record(Duration.between(d.submittedAt(), now()));
			return true;
		}
		catch (PlatformCallException ex) {
			if (ex.kind() == PlatformCallException.Kind.UNAVAILABLE) {
				Duration wait = backoff(d.attempts(), ex.retryAfter());
				OffsetDateTime next = now().plus(wait);
				this.deliveries.retryAt(d.id(), next, Untrusted.bounded(ex.getMessage()));
				OffsetDateTime pausedUntil = now().plus(Backoff.pause(wait, ex.retryAfter(), this.settings.maxPause()));
				this.pauses.pause(d.platformId(), pausedUntil);
				this.meters.counter("grading.deliveries", "status", "retry").increment();
				logger.info("Grade {} for attempt {} waits until {}, the platform's other grades until {}: {}", d.id(),
						d.attemptId(), next, pausedUntil, Untrusted.bounded(ex.getMessage()));
				return false;
			}
			else {
				this.deliveries.failed(d.id(), ex.getMessage());
				this.meters.counter("grading.deliveries", "status", "failed").increment();
				logger.warn("Grade {} for attempt {} was refused: {}", d.id(), d.attemptId(),
						Untrusted.bounded(ex.getMessage()));
				return true;
			}
		}
	}

	private static ExecutorService daemons(int count, String name) {
		return Executors.newFixedThreadPool(Math.max(1, count), (task) -> {
			Thread thread = new Thread(task, name);
			thread.setDaemon(true);
			return thread;
		});
	}

	private Duration backoff(int attempts, Duration retryAfter) {
		return Backoff.next(attempts, retryAfter, this.settings.firstRetry(), this.settings.maxRetry(),
				ThreadLocalRandom.current().nextDouble());
	}

	private OffsetDateTime now() {
		return OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC);
	}

}
