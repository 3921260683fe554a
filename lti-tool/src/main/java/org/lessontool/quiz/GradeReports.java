package org.lessontool.quiz;

import java.util.Optional;

/**
 * Tells the result page what became of an attempt's grade. The grading module provides
 * it; the quiz only asks.
 */
public interface GradeReports {

	Optional<GradeReport> forAttempt(String attemptId);

}
