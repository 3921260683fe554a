package org.lessontool.tutor;

import org.lessontool.test.ToolTest;

@ToolTest
class H2TutorWebTests extends TutorWebContract {

}
