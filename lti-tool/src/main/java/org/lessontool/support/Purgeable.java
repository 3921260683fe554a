package org.lessontool.support;

import java.time.OffsetDateTime;

/**
 * A module's data that is kept for {@code lti.retention.days} only (issue 18: one
 * interface, one scheduler, instead of a base class in {@code launch} five modules
 * inherited).
 */
public interface Purgeable {

	/**
	 * Deletes what is older than the cutoff. Every replica may run it: deleting twice
	 * deletes nothing more.
	 * @param cutoff the oldest time kept
	 * @return how many rows went
	 */
	int purge(OffsetDateTime cutoff);

}
