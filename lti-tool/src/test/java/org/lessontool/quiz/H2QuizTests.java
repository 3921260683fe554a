package org.lessontool.quiz;

import org.lessontool.test.ToolTest;

@ToolTest
class H2QuizTests extends QuizContract {

}
