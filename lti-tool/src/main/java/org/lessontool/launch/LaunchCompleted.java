package org.lessontool.launch;

import java.time.OffsetDateTime;

/**
 * A launch that was verified and stored, as {@link LaunchFeed} hands it to the modules
 * that keep who launched what, in batches off the launch path (issue 19), so launching
 * needs none of them.
 *
 * @param launch the stored launch
 * @param at when it was stored
 */
public record LaunchCompleted(LaunchContext launch, OffsetDateTime at) {

}
