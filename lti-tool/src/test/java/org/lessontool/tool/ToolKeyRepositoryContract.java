package org.lessontool.tool;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.lessontool.test.MigratedDatabase;

import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The round trip every database must give, on the migrated schema alone (no application
 * around it, so no other test's keys): run by {@link H2ToolKeyRepositoryTests} and
 * {@link PostgresToolKeyRepositoryTests}.
 */
abstract class ToolKeyRepositoryContract {

	private static final OffsetDateTime CREATED = OffsetDateTime.of(2026, 11, 28, 9, 30, 15, 123_456_000,
			ZoneOffset.UTC);

	ToolKeyRepository keys;

	JdbcClient jdbc;

	private MigratedDatabase database;

	abstract MigratedDatabase database();

	@BeforeEach
	void repository() {
		this.database = database();
		this.jdbc = this.database.jdbc();
		this.keys = new JdbcToolKeyRepository(this.jdbc);
	}

	@AfterEach
	void dropDatabase() {
		this.database.close();
	}

	@Test
	void migrationsRan() {
		assertThat(this.jdbc.sql("select count(*) from tool_key").query(Long.class).single()).isNotNull();
	}

	@Test
	void keyRoundTripsWithEveryField() {
		ToolKey key = new ToolKey(kid("round"), ToolKey.State.NEXT, "{\"kty\":\"RSA\",\"n\":\"abc\",\"e\":\"AQAB\"}",
				"MIIEvQIBADANBgkqhkiG9w0BAQEFAASC", CREATED, null);
		this.keys.save(key);
		ToolKey found = this.keys.findByKid(key.kid()).orElseThrow();
		assertThat(found).usingRecursiveComparison().ignoringFields("createdAt").isEqualTo(key);
		assertThat(found.createdAt()).isEqualTo(CREATED);
	}

	@Test
	void savingAgainMovesTheKeyOnInItsLife() {
		ToolKey key = new ToolKey(kid("life"), ToolKey.State.CURRENT, "{}", "secret", CREATED, null);
		this.keys.save(key);
		OffsetDateTime retired = CREATED.plus(90, ChronoUnit.DAYS);
		this.keys.save(new ToolKey(key.kid(), ToolKey.State.RETIRED, "{}", "secret", CREATED, retired));
		ToolKey found = this.keys.findByKid(key.kid()).orElseThrow();
		assertThat(found.state()).isEqualTo(ToolKey.State.RETIRED);
		assertThat(found.retiredAt()).isEqualTo(retired);
		assertThat(this.keys.findByState(ToolKey.State.CURRENT)).extracting(ToolKey::kid).doesNotContain(key.kid());
	}

	@Test
	void findByStateListsOldestFirst() {
		ToolKey newer = new ToolKey(kid("newer"), ToolKey.State.RETIRED, "{}", "k", CREATED.plusHours(1), CREATED);
		ToolKey older = new ToolKey(kid("older"), ToolKey.State.RETIRED, "{}", "k", CREATED.minusHours(1), CREATED);
		this.keys.save(newer);
		this.keys.save(older);
		assertThat(this.keys.findByState(ToolKey.State.RETIRED)).extracting(ToolKey::kid)
			.containsSubsequence(older.kid(), newer.kid());
	}

	@Test
	void unknownKidIsEmpty() {
		assertThat(this.keys.findByKid("no-such-kid")).isEmpty();
	}

	private static String kid(String name) {
		return name + "-" + System.nanoTime();
	}

}
