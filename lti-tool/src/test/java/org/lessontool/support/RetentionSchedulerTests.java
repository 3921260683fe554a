package org.lessontool.support;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 18: one scheduler purges every module with one cutoff. */
class RetentionSchedulerTests {

	final Clock clock = Clock.fixed(Instant.parse("2026-11-30T03:17:00Z"), ZoneOffset.UTC);

	final List<OffsetDateTime> cutoffs = new ArrayList<>();

	@Test
	void whenItRunsThenEveryModulePurgesWhatIsOlderThanTheRetentionDays() {
		Purgeable first = (cutoff) -> {
			this.cutoffs.add(cutoff);
			return 2;
		};
		Purgeable second = (cutoff) -> {
			this.cutoffs.add(cutoff);
			return 0;
		};
		new RetentionScheduler(List.of(first, second), new RetentionSettings(30, "-"), this.clock).purgeExpired();
		assertThat(this.cutoffs).containsExactly(OffsetDateTime.parse("2026-10-31T03:17:00Z"),
				OffsetDateTime.parse("2026-10-31T03:17:00Z"));
	}

	@Test
	void whenOneModuleFailsThenTheOthersStillPurge() {
		Purgeable broken = (cutoff) -> {
			throw new IllegalStateException("database gone");
		};
		Purgeable working = (cutoff) -> {
			this.cutoffs.add(cutoff);
			return 1;
		};
		new RetentionScheduler(List.of(broken, working), new RetentionSettings(400, "-"), this.clock).purgeExpired();
		assertThat(this.cutoffs).hasSize(1);
	}

}
