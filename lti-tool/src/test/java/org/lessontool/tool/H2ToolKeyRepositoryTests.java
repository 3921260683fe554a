package org.lessontool.tool;

import org.lessontool.test.ToolTest;

@ToolTest
class H2ToolKeyRepositoryTests extends ToolKeyRepositoryContract {

}
