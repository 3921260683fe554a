package org.lessontool.registration;

/** How the tool presents itself to an LMS when it is registered. */
final class ToolDescription {

	static final String TITLE = "Lesson 964: AI and Why Companies 'Fine-Tune' Their Own AI";

	static final String DESCRIPTION = "A lesson on fine-tuning, prompting and RAG for teenagers, with key terms, "
			+ "try-it activities, a tutor that answers from the lesson, and a 15-question quiz graded into the LMS gradebook.";

	private ToolDescription() {
	}

}
