package org.lessontool.tool;

import org.lessontool.test.PostgresTest;
import org.lessontool.test.ToolTest;

@ToolTest
@PostgresTest
class PostgresToolKeyRepositoryTests extends ToolKeyRepositoryContract {

}
