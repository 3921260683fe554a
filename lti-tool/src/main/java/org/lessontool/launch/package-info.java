/**
 * LTI 1.3 launches: OIDC login initiation, id_token verification
 * ({@link IdTokenVerifier}) and one claim validator per rule, roles, refused launches,
 * and the stored launch context that later requests present. It offers the stored
 * launches in order ({@link LaunchFeed}).
 */
@ApplicationModule(displayName = "Launch", allowedDependencies = { "registration", "tool", "support" })
package org.lessontool.launch;

import org.springframework.modulith.ApplicationModule;
