package org.lessontool.tutor;

import org.lessontool.test.PostgresTest;
import org.lessontool.test.ToolTest;

@ToolTest
@PostgresTest
class PostgresTutorWebTests extends TutorWebContract {

}
