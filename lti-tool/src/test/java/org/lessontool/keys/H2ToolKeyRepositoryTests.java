package org.lessontool.keys;

import org.lessontool.test.ToolTest;

@ToolTest
class H2ToolKeyRepositoryTests extends ToolKeyRepositoryContract {

}
