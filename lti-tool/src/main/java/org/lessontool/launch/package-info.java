/**
 * LTI 1.3 launches: OIDC login initiation, id_token validation one rule at a time, roles,
 * and the stored launch context that later requests present; it may use the registration
 * module.
 */
@ApplicationModule(displayName = "Launch", allowedDependencies = { "registration", "support" })
package org.lessontool.launch;

import org.springframework.modulith.ApplicationModule;
