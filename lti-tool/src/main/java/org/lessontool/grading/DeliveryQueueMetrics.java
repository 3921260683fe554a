package org.lessontool.grading;

import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * The grade queue as monitoring sees it: how many grades wait (pending or being sent) and
 * how old the oldest is. Read from the shared database, so every replica reports the
 * whole queue.
 */
@Component
class DeliveryQueueMetrics {

	private final JdbcClient jdbc;

	private final Clock clock;

	private final AtomicLong depth = new AtomicLong();

	private final AtomicLong oldestAgeSeconds = new AtomicLong();

	DeliveryQueueMetrics(JdbcClient jdbc, Clock clock, MeterRegistry meters) {
		this.jdbc = jdbc;
		this.clock = clock;
		Gauge.builder("grading.queue.depth", this.depth, AtomicLong::get)
			.description("Grades waiting to reach the LMS")
			.register(meters);
		Gauge.builder("grading.queue.oldest.age", this.oldestAgeSeconds, AtomicLong::get)
			.description("Age of the oldest waiting grade")
			.baseUnit("seconds")
			.register(meters);
	}

	@Scheduled(fixedDelayString = "${lti.grading.queue-metrics-interval:15s}", initialDelayString = "1s")
	void refresh() {
		this.jdbc
			.sql("select count(*) as waiting, min(created_at) as oldest from grade_delivery "
					+ "where status in ('PENDING', 'SENDING')")
			.query((rs) -> {
				this.depth.set(rs.getLong("waiting"));
				OffsetDateTime oldest = rs.getObject("oldest", OffsetDateTime.class);
				this.oldestAgeSeconds.set((oldest != null)
						? Math.max(0, Duration.between(oldest, OffsetDateTime.now(this.clock)).toSeconds()) : 0);
			});
	}

}
