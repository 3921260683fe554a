/**
 * Renders the lesson to a launched user and records section progress; it uses the launch
 * context and the lesson content.
 */
@ApplicationModule(displayName = "Lesson", allowedDependencies = { "launch", "catalog", "content", "support" })
package org.lessontool.lesson;

import org.springframework.modulith.ApplicationModule;
