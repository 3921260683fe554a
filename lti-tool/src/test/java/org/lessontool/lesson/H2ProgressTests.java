package org.lessontool.lesson;

import org.lessontool.test.ToolTest;

@ToolTest
class H2ProgressTests extends ProgressContract {

}
