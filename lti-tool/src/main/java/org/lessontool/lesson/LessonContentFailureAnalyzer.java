package org.lessontool.lesson;

import org.lessontool.content.LessonContentException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Turns a broken lesson file at start-up into a short report that names file, field and
 * problem.
 */
class LessonContentFailureAnalyzer extends AbstractFailureAnalyzer<LessonContentException> {

	@Override
	protected FailureAnalysis analyze(Throwable rootFailure, LessonContentException cause) {
		return new FailureAnalysis(cause.getMessage(),
				"Fix the fields named above in the lesson files, then start the tool again.", cause);
	}

}
