package org.lessontool.platform;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * An AGS line item (lti-checklist A-10): a gradebook column.
 *
 * @param id its URL, assigned by the platform
 * @param label the column's name
 * @param scoreMaximum the column's maximum
 * @param resourceLinkId the resource link it belongs to
 * @param resourceId the tool's id for what is graded
 * @param tag what kind of grade it is
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonIgnoreProperties(ignoreUnknown = true)
public record LineItem(String id, String label, Double scoreMaximum, String resourceLinkId, String resourceId,
		String tag) {
}
