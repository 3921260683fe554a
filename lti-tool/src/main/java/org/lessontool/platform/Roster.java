package org.lessontool.platform;

import org.jspecify.annotations.Nullable;
import java.time.Instant;
import java.util.List;

/**
 * A course's members, as fetched for a teacher view.
 *
 * @param members the members, each once
 * @param truncated whether the page cap stopped the fetch before the last page
 * @param differencesUrl the {@code rel="differences"} link, if the platform offered one
 * (lti-checklist N-06)
 * @param fetchedAt when the roster was read from the platform
 */
public record Roster(List<Member> members, boolean truncated, @Nullable String differencesUrl, Instant fetchedAt) {
}
