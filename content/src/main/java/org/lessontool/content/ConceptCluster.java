package org.lessontool.content;

/**
 * The lesson map's pointer to the key terms.
 *
 * @param heading the cluster's heading
 * @param intro one line under the heading
 */
public record ConceptCluster(String heading, String intro) {
}
