package org.lessontool.grading;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 19: a platform's batch is posted several at a time, never more. */
class PostsTests {

	private final ExecutorService calls = Executors.newFixedThreadPool(8);

	@AfterEach
	void stop() {
		this.calls.shutdownNow();
	}

	@Test
	void whenTheLmsIsSlowThenUpToTheLimitArePostedAtOnceAndEachOnce() {
		AtomicInteger inFlight = new AtomicInteger();
		AtomicInteger most = new AtomicInteger();
		CountDownLatch three = new CountDownLatch(3);
		ConcurrentLinkedQueue<Long> sent = new ConcurrentLinkedQueue<>();
		new Posts(this.calls, 3).sendAll(batch(9), (d) -> {
			most.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
			three.countDown();
			try {
				// the first three wait for each other: posted one by one, they never
				// would
				assertThat(three.await(10, TimeUnit.SECONDS)).isTrue();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			sent.add(d.id());
			inFlight.decrementAndGet();
			return true;
		}, (d) -> {
			throw new AssertionError("nothing waits when the LMS answers");
		});
		assertThat(most.get()).isEqualTo(3);
		assertThat(sent).containsExactlyInAnyOrder(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L);
	}

	@Test
	void whenTheLmsStopsAnsweringThenTheGradesNotYetPostedWaitForALaterRound() {
		ConcurrentLinkedQueue<Long> tried = new ConcurrentLinkedQueue<>();
		ConcurrentLinkedQueue<Long> later = new ConcurrentLinkedQueue<>();
		new Posts(this.calls, 1).sendAll(batch(5), (d) -> {
			tried.add(d.id());
			return d.id() != 2;
		}, (d) -> later.add(d.id()));
		assertThat(tried).containsExactly(1L, 2L);
		assertThat(later).containsExactly(3L, 4L, 5L);
	}

	private static List<Delivery> batch(int size) {
		OffsetDateTime now = OffsetDateTime.of(2026, 11, 30, 12, 0, 0, 0, ZoneOffset.UTC);
		return IntStream.rangeClosed(1, size)
			.mapToObj((i) -> new Delivery(i, "attempt-" + i, "platform-1", "scope-1", "student-" + i, "link-1",
					"https://lms/lineitems", null, List.of(), "Quiz", 15, 15, "Completed", "FullyGraded", now, now, now,
					Delivery.Status.SENDING, 0, null))
			.toList();
	}

}
