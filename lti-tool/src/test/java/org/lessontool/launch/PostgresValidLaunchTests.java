package org.lessontool.launch;

import org.lessontool.test.PostgresTest;
import org.lessontool.test.ToolTest;

@ToolTest
@PostgresTest
class PostgresValidLaunchTests extends ValidLaunchContract {

}
