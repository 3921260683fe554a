package org.lessontool.deeplink;

import org.lessontool.test.ToolTest;

@ToolTest
class H2DeepLinkingTests extends DeepLinkingContract {

}
