package org.lessontool.grading;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.json.JsonMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lessontool.test.MigratedDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The grade outbox's ordering rules on the migrated schema alone: run by
 * {@link H2DeliveryRepositoryTests} and {@link PostgresDeliveryRepositoryTests}.
 */
abstract class DeliveryRepositoryContract {

	static final OffsetDateTime NOW = OffsetDateTime.of(2026, 11, 30, 12, 0, 0, 0, ZoneOffset.UTC);

	private MigratedDatabase database;

	private DeliveryRepository deliveries;

	private PlatformPauses pauses;

	abstract MigratedDatabase database();

	@BeforeEach
	void repository() {
		this.database = database();
		this.deliveries = new DeliveryRepository(this.database.jdbc(), JsonMapper.builder().build());
		this.pauses = new PlatformPauses(this.database.jdbc());
	}

	@AfterEach
	void dropDatabase() {
		this.database.close();
	}

	@Test
	void whenANewerScoreComesWhileTheOlderIsInFlightThenTheOlderIsSupersededOnItsReturn() {
		long older = queue("attempt-1", 15);
		assertThat(this.deliveries.claim(older, NOW, NOW.plusMinutes(1))).isTrue();
		// the newer score comes while the older is being sent: it cannot replace it yet
		queueNewer("attempt-2", 1);
		assertThat(status(older)).isEqualTo(Delivery.Status.SENDING);
		// the LMS did not take the older one: it is not sent again before the newer one
		this.deliveries.retryAt(older, NOW, "the LMS answered 503");
		assertThat(status(older)).isEqualTo(Delivery.Status.SUPERSEDED);
		assertThat(this.deliveries.findDue(NOW.plusSeconds(1), 10, Set.of()))
			.containsExactly(this.deliveries.findByAttempt("attempt-2").orElseThrow().id());
	}

	@Test
	void whenAReplacedScoreIsDueThenItIsSupersededNotClaimed() {
		// a newer score committed after the older went back to the queue (another
		// transaction's race)
		long older = queue("attempt-1", 15);
		this.deliveries.insert(delivery("attempt-2", 1), NOW);
		assertThat(this.deliveries.claim(older, NOW, NOW.plusMinutes(1))).isFalse();
		assertThat(status(older)).isEqualTo(Delivery.Status.SUPERSEDED);
	}

	@Test
	void whenNoNewerScoreExistsThenAFailedTryWaitsForItsRetry() {
		long only = queue("attempt-1", 15);
		assertThat(this.deliveries.claim(only, NOW, NOW.plusMinutes(1))).isTrue();
		this.deliveries.retryAt(only, NOW.plusSeconds(30), "the LMS answered 503");
		assertThat(status(only)).isEqualTo(Delivery.Status.PENDING);
		assertThat(this.deliveries.findDue(NOW, 10, Set.of())).isEmpty();
		assertThat(this.deliveries.findDue(NOW.plusSeconds(31), 10, Set.of())).containsExactly(only);
	}

	@Test
	void whenAnOlderScoreIsInFlightThenTheNewerIsNotDue() {
		long older = queue("attempt-1", 15);
		assertThat(this.deliveries.claim(older, NOW, NOW.plusMinutes(1))).isTrue();
		queueNewer("attempt-2", 1);
		assertThat(this.deliveries.findDue(NOW.plusSeconds(1), 10, Set.of())).isEmpty();
	}

	@Test
	void whenItsPlatformIsPausedThenADueScoreWaitsUntilThePauseEnds() {
		long due = queue("attempt-1", 15);
		this.pauses.pause("platform-1", NOW.plusSeconds(30));
		assertThat(this.deliveries.findDue(NOW, 10, Set.of())).isEmpty();
		assertThat(this.deliveries.findDue(NOW.plusSeconds(31), 10, Set.of())).containsExactly(due);
	}

	@Test
	void whenTwoSendersPauseAPlatformThenTheLaterEndHolds() {
		long due = queue("attempt-1", 15);
		this.pauses.pause("platform-1", NOW.plusSeconds(30));
		this.pauses.pause("platform-1", NOW.plusSeconds(10));
		assertThat(this.deliveries.findDue(NOW.plusSeconds(20), 10, Set.of())).isEmpty();
		this.pauses.pause("platform-1", NOW.plusSeconds(60));
		assertThat(this.deliveries.findDue(NOW.plusSeconds(45), 10, Set.of())).isEmpty();
		assertThat(this.deliveries.findDue(NOW.plusSeconds(61), 10, Set.of())).containsExactly(due);
	}

	@Test
	void whenAnotherPlatformIsPausedThenThisOnesScoresAreStillDue() {
		long due = queue("attempt-1", 15);
		this.pauses.pause("platform-2", NOW.plusSeconds(30));
		assertThat(this.deliveries.findDue(NOW, 10, Set.of())).containsExactly(due);
	}

	@Test
	void whenAClaimedScoreIsPutBackUnsentThenTheClaimDoesNotCountAsATry() {
		long only = queue("attempt-1", 15);
		assertThat(this.deliveries.claim(only, NOW, NOW.plusMinutes(1))).isTrue();
		assertThat(this.deliveries.findById(only).orElseThrow().attempts()).isEqualTo(1);
		this.deliveries.putBack(only, "waiting: the LMS did not answer another grade just now");
		Delivery back = this.deliveries.findById(only).orElseThrow();
		assertThat(back.status()).isEqualTo(Delivery.Status.PENDING);
		assertThat(back.attempts()).isZero();
		assertThat(this.deliveries.findDue(NOW, 10, Set.of())).containsExactly(only);
	}

	private long queue(String attempt, int score) {
		this.deliveries.insert(delivery(attempt, score), NOW);
		return this.deliveries.findByAttempt(attempt).orElseThrow().id();
	}

	/**
	 * As the grading listener queues a newer score: older pending ones are superseded.
	 */
	private void queueNewer(String attempt, int score) {
		Delivery newer = delivery(attempt, score);
		this.deliveries.supersedeOlder(newer.studentLink());
		this.deliveries.insert(newer, NOW);
	}

	private Delivery.Status status(long id) {
		return this.deliveries.findById(id).orElseThrow().status();
	}

	private static Delivery delivery(String attempt, int score) {
		return new Delivery(0, attempt, "platform-1", "scope-1", "student-1", "link-1", "https://lms/lineitems", null,
				List.of("https://purl.imsglobal.org/spec/lti-ags/scope/score"), "Quiz", score, 15, "Completed",
				"FullyGraded", NOW, NOW, NOW, Delivery.Status.PENDING, 0, null);
	}

}
