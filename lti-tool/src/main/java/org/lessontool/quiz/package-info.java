/**
 * The end-of-lesson quiz: renders it, stores attempts and scores them on the server; it
 * knows nothing of LTI beyond the launch context, and uses the launch and content
 * modules.
 */
@NullMarked
@ApplicationModule(displayName = "Quiz", allowedDependencies = { "launch", "catalog", "content", "support" })
package org.lessontool.quiz;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
