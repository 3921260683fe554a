package org.lessontool.grading;

/**
 * One student on one resource link of one platform: the unit within which scores are
 * ordered.
 *
 * @param platformId the platform
 * @param scopeKey the launch scope
 * @param subject the student's {@code sub}
 * @param resourceLinkId the activity
 */
record StudentLink(String platformId, String scopeKey, String subject, String resourceLinkId) {
}
