package org.lessontool.quiz;

import org.lessontool.launch.LaunchContext;

/**
 * Published when a student opens the quiz for the first time on a resource link.
 *
 * @param attempt the new, open attempt
 * @param launch the launch it was opened from
 */
public record QuizAttemptStarted(Attempt attempt, LaunchContext launch) {
}
