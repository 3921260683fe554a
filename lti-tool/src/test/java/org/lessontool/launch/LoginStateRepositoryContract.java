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

	private MigratedDatabase database;

	private LoginStateRepository states;

	abstract MigratedDatabase database();

	@BeforeEach
	void repository() {
		this.database = database();
		this.states = new LoginStateRepository(this.database.jdbc());
	}

	@AfterEach
	void dropDatabase() {
		this.database.close();
	}

	@Test
	void whenALoginIsSavedThenItsLaunchTakesItBackWithEveryField() {
		LoginState saved = new LoginState("state-1", "nonce-1", "platform-1", "https://tool.example.org/lti/launch",
				"deployment-1", "_parent", EXPIRES, "https://tool.example.org/lti/login?iss=x");
		this.states.save(saved);
		LoginState taken = this.states.take("state-1").orElseThrow();
		assertThat(taken).usingRecursiveComparison().ignoringFields("expiresAt").isEqualTo(saved);
		assertThat(taken.expiresAt()).isEqualTo(EXPIRES);
	}

	@Test
	void whenAStateIsTakenThenItCannotBeTakenAgain() {
		// lti-checklist C-16, Z-05: a state is used once
		this.states.save(new LoginState("state-2", "n", "platform-1", "t", null, null, EXPIRES, null));
		assertThat(this.states.take("state-2")).isPresent();
		assertThat(this.states.take("state-2")).isEmpty();
		assertThat(this.states.take("never-issued")).isEmpty();
	}

	@Test
	void whenTwoLaunchesPresentTheSameStateAtOnceThenOneGetsIt() {
		// lti-checklist Z-05: two replicas, one state
		for (int round = 0; round < 20; round++) {
			String state = "state-race-" + round;
			this.states.save(new LoginState(state, "n", "platform-1", "t", null, null, EXPIRES, null));
			List<CompletableFuture<Optional<LoginState>>> takes = new ArrayList<>();
			for (int i = 0; i < 4; i++) {
				takes.add(CompletableFuture.supplyAsync(() -> this.states.take(state)));
			}
			assertThat(takes.stream().map(CompletableFuture::join).filter(Optional::isPresent)).as(state).hasSize(1);
		}
	}

}
