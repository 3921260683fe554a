package org.lessontool.lesson;

import org.lessontool.test.PostgresTest;
import org.lessontool.test.ToolTest;

@ToolTest
@PostgresTest
class PostgresProgressTests extends ProgressContract {

}
