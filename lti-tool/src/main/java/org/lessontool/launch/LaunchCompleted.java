package org.lessontool.launch;

import java.time.OffsetDateTime;

/**
 * A launch was verified and stored (docs/architecture.md, "Modules of lti-tool"): the
 * modules that keep who launched what listen, so launching needs none of them. Published
 * inside the launch's own request, so a teacher view opened next already shows it.
 *
 * @param launch the stored launch
 * @param at when it was verified
 */
public record LaunchCompleted(LaunchContext launch, OffsetDateTime at) {

}
