package org.lessontool.content;

/**
 * The overview at the top of a lesson.
 *
 * @param heading the map's heading
 * @param intro one line under the heading
 * @param learningPath the main moves in order
 * @param conceptCluster where the key terms are gathered
 */
public record LessonMap(String heading, String intro, LearningPath learningPath, ConceptCluster conceptCluster) {
}
