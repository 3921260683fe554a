package org.lessontool.grading;

import java.time.Duration;

/**
 * How long a refused or failed delivery waits (lti-checklist A-18): doubling from the
 * first wait up to the longest, jittered by ±20% so many deliveries that failed together
 * do not all come back at once, and never shorter than the LMS's Retry-After.
 */
final class Backoff {

	private Backoff() {
	}

	/**
	 * @param attempts deliveries tried so far, 1 for the first failure
	 * @param retryAfter the LMS's Retry-After, or null
	 * @param first the first wait
	 * @param longest the longest wait, before jitter
	 * @param random a number in [0, 1) that places the wait in its jitter
	 */
	static Duration next(int attempts, Duration retryAfter, Duration first, Duration longest, double random) {
		long base = first.toMillis() << Math.min(Math.max(attempts - 1, 0), 16);
		long capped = Math.min(base, longest.toMillis());
		Duration wait = Duration.ofMillis((long) (capped * (0.8 + random * 0.4)));
		return (retryAfter != null && retryAfter.compareTo(wait) > 0) ? retryAfter : wait;
	}

	/**
	 * How long a platform that did not answer holds back its other grades: the failed
	 * grade's own wait, but no longer than the longest pause, so a recovered LMS gets its
	 * grades soon even when that grade has waited an hour; never shorter than its
	 * Retry-After.
	 */
	static Duration pause(Duration wait, Duration retryAfter, Duration longest) {
		Duration capped = (wait.compareTo(longest) > 0) ? longest : wait;
		return (retryAfter != null && retryAfter.compareTo(capped) > 0) ? retryAfter : capped;
	}

}
