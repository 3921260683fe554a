package org.lessontool.launch;

import org.junit.jupiter.api.Tag;
import org.lessontool.test.MigratedDatabase;

@Tag("postgres")
class PostgresLoginStateRepositoryTests extends LoginStateRepositoryContract {

	@Override
	MigratedDatabase database() {
		return MigratedDatabase.postgres();
	}

}
