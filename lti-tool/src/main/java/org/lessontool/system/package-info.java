/**
 * The frame every page shares: layout, error pages, security headers and the actuator; it
 * uses only the support module.
 */
@NullMarked
@ApplicationModule(displayName = "System", allowedDependencies = { "support" })
package org.lessontool.system;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
