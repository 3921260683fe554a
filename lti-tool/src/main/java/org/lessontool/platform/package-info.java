/**
 * Outbound calls to LMSs: service access tokens (cached), and AGS line items and scores;
 * it uses the registration and keys modules.
 */
@NullMarked
@ApplicationModule(displayName = "Platform services", allowedDependencies = { "registration", "tool", "support" })
package org.lessontool.platform;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
