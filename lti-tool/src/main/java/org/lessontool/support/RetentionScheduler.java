package org.lessontool.support;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Runs every module's purge nightly with one cutoff, {@code lti.retention.days} before
 * now. One module's failure is logged and the others still run.
 */
@Component
public class RetentionScheduler {

	private static final Logger logger = LoggerFactory.getLogger(RetentionScheduler.class);

	private final List<Purgeable> purgeables;

	private final RetentionSettings settings;

	private final Clock clock;

	public RetentionScheduler(List<Purgeable> purgeables, RetentionSettings settings, Clock clock) {
		this.purgeables = purgeables;
		this.settings = settings;
		this.clock = clock;
	}

	@Scheduled(cron = "${lti.retention.cron:0 17 3 * * *}")
	public void purgeExpired() {
		OffsetDateTime cutoff = OffsetDateTime.now(this.clock)
			.withOffsetSameInstant(ZoneOffset.UTC)
			.minusDays(this.settings.days());
		int deleted = 0;
		for (Purgeable purgeable : this.purgeables) {
			try {
				deleted += purgeable.purge(cutoff);
			}
			catch (RuntimeException ex) {
				logger.warn("Retention: {} could not purge ({}); the others still run",
						purgeable.getClass().getSimpleName(), ex.toString());
			}
		}
		logger.info("Retention: deleted {} rows older than {}", deleted, cutoff);
	}

}
