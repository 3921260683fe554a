package org.lessontool.dashboard;

import org.lessontool.test.PostgresTest;
import org.lessontool.test.ToolTest;

@ToolTest
@PostgresTest
class PostgresTeacherViewTests extends TeacherViewContract {

}
