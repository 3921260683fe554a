/**
 * The platforms (LMSs) and deployments the tool trusts, keyed by issuer and client id:
 * dynamic registration, Canvas's JSON configuration, and the administration the admin
 * module drives.
 */
@NullMarked
@ApplicationModule(displayName = "Registration", allowedDependencies = { "tool", "support" })
package org.lessontool.registration;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
