package org.lessontool.quiz;

import org.lessontool.launch.LaunchContext;

/**
 * Published inside the transaction that stores a submitted attempt, so that whatever must
 * follow (a grade for the LMS) is stored with it or not at all.
 *
 * @param attempt the scored attempt
 * @param launch the launch it was submitted from, with its LMS services
 * @param policy the grade policy in force
 */
public record QuizAttemptScored(Attempt attempt, LaunchContext launch, QuizPolicy policy) {
}
