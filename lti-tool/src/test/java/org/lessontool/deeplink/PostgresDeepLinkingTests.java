package org.lessontool.deeplink;

import org.lessontool.test.PostgresTest;
import org.lessontool.test.ToolTest;

@ToolTest
@PostgresTest
class PostgresDeepLinkingTests extends DeepLinkingContract {

}
