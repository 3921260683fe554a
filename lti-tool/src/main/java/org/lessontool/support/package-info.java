/**
 * What several modules need and none owns: helpers for untrusted text and client
 * addresses, bounded outbound HTTP ({@link BoundedHttp}, {@link Outbound}),
 * database-backed rate limits, the pages' frame policy, and one retention scheduler over
 * each module's {@link Purgeable}. It uses no other module.
 */
@NullMarked
@ApplicationModule(displayName = "Support", allowedDependencies = {})
package org.lessontool.support;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
