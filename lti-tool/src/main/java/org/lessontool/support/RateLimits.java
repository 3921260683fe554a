package org.lessontool.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Fixed-window request limits kept in the shared database (issue 15, items 6 and 7), so
 * replicas agree and a restart forgets nothing. Taking a permit is one conditional update
 * under the row's lock, so parallel requests cannot all pass a limit they read at once.
 * deploy/README.md, "Rate limits", lists the limits.
 */
@Component
public class RateLimits {

	private static final Logger logger = LoggerFactory.getLogger(RateLimits.class);

	private final JdbcClient jdbc;

	private final Clock clock;

	private final MeterRegistry meters;

	public RateLimits(JdbcClient jdbc, Clock clock, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.meters = meters;
	}

	/**
	 * Counts one request against the bucket's limit in the current window.
	 * @param kind what is limited, a metric tag and the bucket's prefix ("login")
	 * @param key whom it is limited for (a client address, a launch id)
	 * @return whether the request is within the limit
	 */
	public boolean tryAcquire(String kind, String key, int limit, Duration window) {
		String bucket = bucket(kind, key);
		OffsetDateTime start = windowStart(window);
		if (increment(bucket, start, limit) || insert(bucket, start) || increment(bucket, start, limit)) {
			return true;
		}
		reached(kind, key, limit + " per " + window);
		return false;
	}

	/**
	 * Counts and logs a request refused for a limit, whether this class or the limited
	 * statement itself counted it (the login's insert, issue 19).
	 * @param limit the limit, in words ("600 unfinished logins")
	 */
	public void reached(String kind, String key, String limit) {
		this.meters.counter("lti.rate.limited", "kind", kind).increment();
		logger.warn("Rate limit of {} {} reached for {}", limit, kind, Untrusted.bounded(key));
	}

	/** Whether the bucket is already at its limit, without counting. */
	public boolean exhausted(String kind, String key, int limit, Duration window) {
		Integer hits = this.jdbc.sql("select hits from rate_limit where bucket = :bucket and window_start = :start")
			.param("bucket", bucket(kind, key))
			.param("start", windowStart(window))
			.query(Integer.class)
			.optional()
			.orElse(0);
		return hits >= limit;
	}

	@Scheduled(fixedDelayString = "${lti.rate-limits.purge-interval:PT10M}", initialDelayString = "PT2M")
	public void purge() {
		this.jdbc.sql("delete from rate_limit where window_start < :cutoff")
			.param("cutoff", OffsetDateTime.now(this.clock).withOffsetSameInstant(ZoneOffset.UTC).minusDays(1))
			.update();
	}

	private boolean increment(String bucket, OffsetDateTime start, int limit) {
		return this.jdbc.sql(
				"update rate_limit set hits = hits + 1 where bucket = :bucket and window_start = :start and hits < :limit")
			.param("bucket", bucket)
			.param("start", start)
			.param("limit", limit)
			.update() == 1;
	}

	private boolean insert(String bucket, OffsetDateTime start) {
		try {
			return this.jdbc.sql("insert into rate_limit (bucket, window_start, hits) values (:bucket, :start, 1)")
				.param("bucket", bucket)
				.param("start", start)
				.update() == 1;
		}
		catch (DuplicateKeyException ex) {
			// another request opened the window first
			return false;
		}
	}

	private OffsetDateTime windowStart(Duration window) {
		long size = window.toMillis();
		long now = this.clock.millis();
		return OffsetDateTime.ofInstant(Instant.ofEpochMilli(now - Math.floorMod(now, size)), ZoneOffset.UTC);
	}

	private static String bucket(String kind, String key) {
		String bucket = kind + ":" + key;
		return (bucket.length() <= 200) ? bucket : bucket.substring(0, 200);
	}

}
