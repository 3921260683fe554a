/**
 * The teacher view of one resource link: the class table (roster joined with progress,
 * attempts and grade delivery), item analysis, score distribution and CSV export, and who
 * launched the link (rolled up from {@code LaunchFeed}), so students the roster lacks are
 * listed too.
 */
@NullMarked
@ApplicationModule(displayName = "Dashboard",
		allowedDependencies = { "launch", "lesson", "quiz", "grading", "platform", "support" })
package org.lessontool.dashboard;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
