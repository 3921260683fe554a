package org.lessontool.tool;

import org.junit.jupiter.api.Tag;
import org.lessontool.test.MigratedDatabase;

@Tag("postgres")
class PostgresToolKeyRepositoryTests extends ToolKeyRepositoryContract {

	@Override
	MigratedDatabase database() {
		return MigratedDatabase.postgres();
	}

}
