package org.lessontool.content;

/**
 * The lesson's words that introduce its tutor.
 *
 * @param heading the panel heading
 * @param title the invitation
 * @param intro what the tutor promises
 */
public record TutorIntro(String heading, String title, String intro) {
}
