package org.lessontool.registration;

import org.lessontool.test.PostgresTest;
import org.lessontool.test.ToolTest;

@ToolTest
@PostgresTest
class PostgresPlatformRemovalTests extends PlatformRemovalContract {

}
