package org.lessontool.dashboard;

import org.lessontool.test.ToolTest;

@ToolTest
class H2TeacherViewTests extends TeacherViewContract {

}
