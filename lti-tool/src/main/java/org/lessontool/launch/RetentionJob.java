package org.lessontool.launch;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.springframework.scheduling.annotation.Scheduled;

/**
 * A module's nightly purge of data older than {@code lti.retention.days}. Every replica
 * may run it: deleting twice deletes nothing more.
 */
public abstract class RetentionJob {

	private final Clock clock;

	private final int days;

	protected RetentionJob(Clock clock, int days) {
		this.clock = clock;
		this.days = days;
	}

	@Scheduled(cron = "${lti.retention.cron:0 17 3 * * *}")
	public void purgeExpired() {
		purge(OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC).minusDays(this.days));
	}

	/** Deletes what is older than the cutoff; returns how many rows went. */
	public abstract int purge(OffsetDateTime cutoff);

}
