package org.lessontool.tool;

import org.lessontool.test.MigratedDatabase;

class H2ToolKeyRepositoryTests extends ToolKeyRepositoryContract {

	@Override
	MigratedDatabase database() {
		return MigratedDatabase.h2();
	}

}
