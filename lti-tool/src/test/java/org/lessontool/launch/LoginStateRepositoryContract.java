package org.lessontool.launch;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lessontool.test.MigratedDatabase;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login states on the migrated schema alone: run by {@link H2LoginStateRepositoryTests}
 * and {@link PostgresLoginStateRepositoryTests}.
 */
abstract class LoginStateRepositoryContract {

	static final OffsetDateTime EXPIRES = OffsetDateTime.of(2026, 11, 30, 12, 5, 0, 123_000_000, ZoneOffset.UTC);

	static final OffsetDateTime NOW = EXPIRES.minusMinutes(4);

	/** Until when a used login keeps its nonce on record. */
	static final OffsetDateTime KEEP = NOW.plusMinutes(12);

	private MigratedDatabase database;

	private LoginStateRepository states;

	abstract MigratedDatabase database();

	@BeforeEach
	void repository() {
		this.database = database();
		this.states = new LoginStateRepository(this.database.jdbc(), this.database.dialect());
	}

	@AfterEach
	void dropDatabase() {
		this.database.close();
	}

	@Test
	void whenALoginIsSavedThenItsLaunchTakesItBackWithEveryField() {
		LoginState saved = new LoginState("state-1", "nonce-1", "platform-1", "https://tool.example.org/lti/launch",
				"deployment-1", "_parent", EXPIRES, "https://tool.example.org/lti/login?iss=x");
		save(saved);
		LoginState taken = take("state-1").orElseThrow();
		assertThat(taken).usingRecursiveComparison().ignoringFields("expiresAt").isEqualTo(saved);
		assertThat(taken.expiresAt()).isEqualTo(KEEP);
	}

	@Test
	void whenAStateIsTakenThenItsNonceStaysOnRecordUntilItsRetentionEnds() {
		// lti-checklist C-25: used nonces are kept longer than a token for them is valid
		save(new LoginState("state-3", "nonce-3", "platform-1", "t", null, null, EXPIRES, null));
		take("state-3").orElseThrow();
		assertThat(this.database.jdbc()
			.sql("select nonce, expires_at from login_state where state = 'state-3' and used_at is not null")
			.query((rs, row) -> rs.getString(1) + " " + rs.getObject(2, OffsetDateTime.class).toInstant())
			.list()).containsExactly("nonce-3 " + KEEP.toInstant());
	}

	@Test
	void whenAStateHasExpiredThenItIsNotTaken() {
		save(new LoginState("state-4", "n", "platform-1", "t", null, null, EXPIRES, null));
		assertThat(this.states.take("state-4", EXPIRES.plusSeconds(1), KEEP)).isEmpty();
	}

	@Test
	void whenAStateIsTakenThenItCannotBeTakenAgain() {
		// lti-checklist C-16, Z-05: a state is used once
		save(new LoginState("state-2", "n", "platform-1", "t", null, null, EXPIRES, null));
		assertThat(take("state-2")).isPresent();
		assertThat(take("state-2")).isEmpty();
		assertThat(take("never-issued")).isEmpty();
	}

	@Test
	void whenTwoLaunchesPresentTheSameStateAtOnceThenOneGetsIt() {
		// lti-checklist Z-05: two replicas, one state
		for (int round = 0; round < 20; round++) {
			String state = "state-race-" + round;
			save(new LoginState(state, "n", "platform-1", "t", null, null, EXPIRES, null));
			List<CompletableFuture<Optional<LoginState>>> takes = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				takes.add(CompletableFuture.supplyAsync(() -> take(state)));
			}
			assertThat(takes.stream().map(CompletableFuture::join).filter(Optional::isPresent)).as(state).hasSize(1);
		}
	}

	@Test
	void whenAnAddressHasTooManyUnfinishedLoginsThenTheNextIsNotStored() {
		// issue 15, item 6: a flood of logins cannot fill the table; a finished login no
		// longer counts
		assertThat(this.states.save(state("flood-1"), "203.0.113.9", NOW, 2)).isTrue();
		assertThat(this.states.save(state("flood-2"), "203.0.113.9", NOW, 2)).isTrue();
		assertThat(this.states.save(state("flood-3"), "203.0.113.9", NOW, 2)).isFalse();
		assertThat(this.states.save(state("other-1"), "198.51.100.7", NOW, 2)).isTrue();
		take("flood-1").orElseThrow();
		assertThat(this.states.save(state("flood-4"), "203.0.113.9", NOW, 2)).isTrue();
		assertThat(this.states.save(state("flood-5"), "203.0.113.9", EXPIRES.plusSeconds(1), 2)).isTrue();
		assertThat(this.database.jdbc()
			.sql("select count(*) from login_state where state = 'flood-3'")
			.query(Integer.class)
			.single()).isZero();
	}

	private static LoginState state(String state) {
		return new LoginState(state, "n", "platform-1", "t", null, null, EXPIRES, null);
	}

	private void save(LoginState state) {
		assertThat(this.states.save(state, "192.0.2.1", NOW, 1000)).isTrue();
	}

	private Optional<LoginState> take(String state) {
		return this.states.take(state, NOW, KEEP);
	}

}
