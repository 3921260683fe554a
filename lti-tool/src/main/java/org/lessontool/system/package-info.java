/**
 * The frame every page shares: layout, error pages, security headers and the actuator; it
 * uses no other module.
 */
@ApplicationModule(displayName = "System", allowedDependencies = {})
package org.lessontool.system;

import org.springframework.modulith.ApplicationModule;
