/**
 * Renders the lesson to a launched user and records section progress; it uses the lesson
 * content (and, once launches exist, the launch context).
 */
@ApplicationModule(displayName = "Lesson", allowedDependencies = { "content" })
package org.lessontool.lesson;

import org.springframework.modulith.ApplicationModule;
