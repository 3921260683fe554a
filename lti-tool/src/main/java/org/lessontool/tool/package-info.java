/**
 * The tool itself as platforms see it: its RSA signing keys (kept in the database so
 * every replica signs with the same key) and JWKS, its own URLs ({@link ToolEndpoints}
 * from {@link ToolSettings}) and the LTI vocabulary several modules speak
 * ({@link Claims}, {@link AgsScopes}). It uses no other module.
 */
@NullMarked
@ApplicationModule(displayName = "Tool", allowedDependencies = {})
package org.lessontool.tool;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
