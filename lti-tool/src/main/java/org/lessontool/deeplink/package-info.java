/**
 * Deep Linking 2.0: the teacher's picker for adding the lesson to a course, and the
 * signed response that creates the link and its gradebook column; it uses the launch
 * context, the tool's keys and the lesson content.
 */
@NullMarked
@ApplicationModule(displayName = "Deep linking",
		allowedDependencies = { "launch", "tool", "catalog", "content", "support" })
package org.lessontool.deeplink;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
