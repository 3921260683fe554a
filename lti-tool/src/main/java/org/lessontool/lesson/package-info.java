/**
 * Renders the lesson to a launched user and records section progress; it uses the launch
 * context and the lesson content.
 */
@NullMarked
@ApplicationModule(displayName = "Lesson", allowedDependencies = { "launch", "catalog", "content", "support" })
package org.lessontool.lesson;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
