package org.lessontool.platform;

import org.jspecify.annotations.Nullable;
import java.time.Duration;

/**
 * A call to an LMS that did not succeed, classified so the caller knows whether to try
 * again.
 */
public class PlatformCallException extends RuntimeException {

	private final Kind kind;

	private final transient @Nullable Duration retryAfter;

	public PlatformCallException(Kind kind, String message, @Nullable Duration retryAfter) {
		super(message);
		this.kind = kind;
		this.retryAfter = retryAfter;
	}

	public Kind kind() {
		return this.kind;
	}

	/** The wait the platform asked for (429 or 503 {@code Retry-After}), if it said. */
	public @Nullable Duration retryAfter() {
		return this.retryAfter;
	}

	/** Whether trying again later may succeed. */
	public enum Kind {

		/** Network error, timeout, 5xx or 429: worth retrying. */
		UNAVAILABLE,

		/** Any other refusal (4xx): retrying the same request will not help. */
		REFUSED

	}

}
