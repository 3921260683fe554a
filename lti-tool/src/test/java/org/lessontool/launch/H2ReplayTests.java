package org.lessontool.launch;

import org.lessontool.test.ToolTest;

@ToolTest
class H2ReplayTests extends ReplayContract {

}
