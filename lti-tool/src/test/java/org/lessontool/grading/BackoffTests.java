package org.lessontool.grading;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** lti-checklist A-18: the wait between delivery attempts. */
class BackoffTests {

	static final Duration FIRST = Duration.ofSeconds(10);

	static final Duration LONGEST = Duration.ofHours(1);

	@Test
	void whenAttemptsFailThenTheWaitDoublesFromTheFirst() {
		assertThat(Backoff.next(1, null, FIRST, LONGEST, 0.5)).isEqualTo(Duration.ofSeconds(10));
		assertThat(Backoff.next(2, null, FIRST, LONGEST, 0.5)).isEqualTo(Duration.ofSeconds(20));
		assertThat(Backoff.next(4, null, FIRST, LONGEST, 0.5)).isEqualTo(Duration.ofSeconds(80));
	}

	@Test
	void whenTheWaitWouldPassTheLongestThenItStopsThereEvenAfterVeryManyAttempts() {
		assertThat(Backoff.next(30, null, FIRST, LONGEST, 0.5)).isEqualTo(LONGEST);
		assertThat(Backoff.next(Integer.MAX_VALUE, null, FIRST, LONGEST, 0.5)).isEqualTo(LONGEST);
	}

	@Test
	void whenJitteredThenTheWaitStaysWithinTwentyPercent() {
		assertThat(Backoff.next(1, null, FIRST, LONGEST, 0.0)).isEqualTo(Duration.ofSeconds(8));
		assertThat(Backoff.next(1, null, FIRST, LONGEST, 0.999)).isLessThan(Duration.ofSeconds(12))
			.isGreaterThan(Duration.ofMillis(11_990));
	}

	@Test
	void whenTheLmsAsksForALongerWaitThenItGetsItButNeverAShorterOne() {
		assertThat(Backoff.next(1, Duration.ofMinutes(5), FIRST, LONGEST, 0.5)).isEqualTo(Duration.ofMinutes(5));
		assertThat(Backoff.next(1, Duration.ofSeconds(1), FIRST, LONGEST, 0.5)).isEqualTo(FIRST);
	}

	@Test
	void whenAPlatformDoesNotAnswerThenItPausesForTheFailedGradesWaitUpToTheLongestPause() {
		Duration longest = Duration.ofMinutes(1);
		assertThat(Backoff.pause(Duration.ofSeconds(20), null, longest)).isEqualTo(Duration.ofSeconds(20));
		assertThat(Backoff.pause(Duration.ofHours(1), null, longest)).isEqualTo(longest);
	}

	@Test
	void whenTheLmsAsksForALongerWaitThanTheLongestPauseThenThePauseHonoursIt() {
		Duration longest = Duration.ofMinutes(1);
		assertThat(Backoff.pause(Duration.ofHours(1), Duration.ofMinutes(5), longest)).isEqualTo(Duration.ofMinutes(5));
		assertThat(Backoff.pause(Duration.ofSeconds(20), Duration.ofSeconds(5), longest))
			.isEqualTo(Duration.ofSeconds(20));
	}

}
