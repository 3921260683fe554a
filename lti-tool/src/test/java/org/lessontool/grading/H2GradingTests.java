package org.lessontool.grading;

import org.lessontool.test.ToolTest;

@ToolTest
class H2GradingTests extends GradingContract {

}
