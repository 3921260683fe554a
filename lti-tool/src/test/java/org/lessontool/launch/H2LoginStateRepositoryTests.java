package org.lessontool.launch;

import org.lessontool.test.MigratedDatabase;

class H2LoginStateRepositoryTests extends LoginStateRepositoryContract {

	@Override
	MigratedDatabase database() {
		return MigratedDatabase.h2();
	}

}
