package org.lessontool.registration;

import org.lessontool.test.ToolTest;

@ToolTest
class H2PlatformRemovalTests extends PlatformRemovalContract {

}
