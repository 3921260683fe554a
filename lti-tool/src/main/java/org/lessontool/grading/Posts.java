package org.lessontool.grading;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Predicate;

/**
 * Issue 19: one platform's batch of grades, posted {@code atOnce} at a time. A batch
 * holds at most one grade per student and link ({@link DeliveryRepository#findDue}), so
 * posting them side by side never puts a student's newer score before an older one. Once
 * the platform fails to answer one, those not yet posted wait for a later round.
 */
final class Posts {

	private final ExecutorService calls;

	private final int atOnce;

	Posts(ExecutorService calls, int atOnce) {
		this.calls = calls;
		this.atOnce = Math.max(1, atOnce);
	}

	/**
	 * @param send posts one grade; false when the platform did not answer
	 * @param later puts a grade back for a later round
	 */
	void sendAll(List<Delivery> batch, Predicate<Delivery> send, Consumer<Delivery> later) {
		AtomicBoolean answering = new AtomicBoolean(true);
		Semaphore slots = new Semaphore(this.atOnce);
		List<CompletableFuture<Void>> posts = new ArrayList<>();
		for (Delivery delivery : batch) {
			slots.acquireUninterruptibly();
			Runnable post = () -> {
				try {
					if (!answering.get()) {
						later.accept(delivery);
					}
					else if (!send.test(delivery)) {
						answering.set(false);
					}
				}
				finally {
					slots.release();
				}
			};
			try {
				posts.add(CompletableFuture.runAsync(post, this.calls));
			}
			catch (RejectedExecutionException ex) {
				slots.release();
				later.accept(delivery);
			}
		}
		CompletableFuture.allOf(posts.toArray(CompletableFuture[]::new)).join();
	}

}
