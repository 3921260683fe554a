/**
 * What several modules need and none owns: the pages' content security policy and the
 * origins that may frame them. It uses no other module.
 */
@ApplicationModule(displayName = "Support", allowedDependencies = {})
package org.lessontool.support;

import org.springframework.modulith.ApplicationModule;
