package org.lessontool.grading;

import org.lessontool.test.MigratedDatabase;

class H2DeliveryRepositoryTests extends DeliveryRepositoryContract {

	@Override
	MigratedDatabase database() {
		return MigratedDatabase.h2();
	}

}
