package org.lessontool.quiz;

import org.lessontool.test.PostgresTest;
import org.lessontool.test.ToolTest;

@ToolTest
@PostgresTest
class PostgresQuizTests extends QuizContract {

}
