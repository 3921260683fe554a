/**
 * The tool's RSA signing keys (current, next, retired), kept in the database so every
 * replica signs with the same key; it uses no other module.
 */
@ApplicationModule(displayName = "Keys", allowedDependencies = {})
package org.lessontool.keys;

import org.springframework.modulith.ApplicationModule;
