package org.lessontool.content;

import java.util.List;

/**
 * One rule a lesson's content must keep. Each rule checks one thing and names what breaks
 * it.
 */
@FunctionalInterface
public interface ContentRule {

	/**
	 * Checks the content.
	 * @param content the lesson, key terms and quiz
	 * @return the problems found, empty when the rule holds
	 */
	List<ContentProblem> check(LessonContent content);

}
