package org.lessontool.grading;

import org.lessontool.test.PostgresTest;
import org.lessontool.test.ToolTest;

@ToolTest
@PostgresTest
class PostgresGradingTests extends GradingContract {

}
