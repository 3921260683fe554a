/**
 * What an LMS admin runs the tool with: the console's platform pages and keys, its JSON
 * API, and the list of refused launches (docs/architecture.md, "Modules of lti-tool").
 */
@NullMarked
@ApplicationModule(displayName = "Admin",
		allowedDependencies = { "registration", "launch", "platform", "tool", "support" })
package org.lessontool.admin;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
