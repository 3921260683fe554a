package org.lessontool.launch;

import java.time.OffsetDateTime;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The launches stored since a moment, oldest first, for modules that keep something of
 * each launch and do it in batches off the launch path (issue 19), as the course members
 * are.
 */
@Component
public class LaunchFeed {

	private final LaunchContextRepository launches;

	LaunchFeed(LaunchContextRepository launches) {
		this.launches = launches;
	}

	/**
	 * @param after only launches stored after this moment
	 * @param until and at or before this one
	 * @param max at most this many
	 * @return each launch with the moment it was stored
	 */
	public List<LaunchCompleted> between(OffsetDateTime after, OffsetDateTime until, int max) {
		return this.launches.createdBetween(after, until, max);
	}

}
