package org.lessontool;

import org.lessontool.test.ToolTest;

@ToolTest
class H2RetentionTests extends RetentionContract {

}
