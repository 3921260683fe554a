/**
 * The platforms (LMSs) and deployments the tool trusts, keyed by issuer and client id:
 * dynamic registration, Canvas's JSON configuration, and the administration the admin
 * module drives.
 */
@ApplicationModule(displayName = "Registration", allowedDependencies = { "tool", "support" })
package org.lessontool.registration;

import org.springframework.modulith.ApplicationModule;
