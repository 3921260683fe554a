package org.lessontool;

import org.lessontool.test.PostgresTest;
import org.lessontool.test.ToolTest;

@ToolTest
@PostgresTest
class PostgresRetentionTests extends RetentionContract {

}
