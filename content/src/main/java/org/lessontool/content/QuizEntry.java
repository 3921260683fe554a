package org.lessontool.content;

/**
 * The invitation to the end-of-lesson quiz.
 *
 * @param heading the entry's heading
 * @param title the call to action
 * @param summary the line that says how many questions there are
 * @param questionCount how many questions the quiz promises
 */
public record QuizEntry(String heading, String title, String summary, int questionCount) {
}
