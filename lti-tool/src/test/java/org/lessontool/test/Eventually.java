package org.lessontool.test;

import java.time.Duration;
import java.time.Instant;

/**
 * Waits for something a background job does (a grade delivery), failing with the last
 * assertion error.
 */
public final class Eventually {

	private Eventually() {
	}

	public static void within(Duration timeout, Runnable assertion) {
		Instant deadline = Instant.now().plus(timeout);
		while (true) {
			try {
				assertion.run();
				return;
			}
			catch (AssertionError ex) {
				if (Instant.now().isAfter(deadline)) {
					throw ex;
				}
			}
			try {
				Thread.sleep(50);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new AssertionError("interrupted", ex);
			}
		}
	}

}
