/**
 * The platforms (LMSs) and deployments the tool trusts, keyed by issuer and client id; it
 * may use the tool's keys.
 */
@ApplicationModule(displayName = "Registration", allowedDependencies = { "keys", "support" })
package org.lessontool.registration;

import org.springframework.modulith.ApplicationModule;
