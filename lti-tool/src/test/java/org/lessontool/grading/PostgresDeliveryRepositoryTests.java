package org.lessontool.grading;

import org.junit.jupiter.api.Tag;
import org.lessontool.test.MigratedDatabase;

@Tag("postgres")
class PostgresDeliveryRepositoryTests extends DeliveryRepositoryContract {

	@Override
	MigratedDatabase database() {
		return MigratedDatabase.postgres();
	}

}
