/**
 * The one lesson this tool serves, loaded and validated once from the lesson files (issue
 * 18: before, four modules each loaded it); it uses the content library only.
 */
@NullMarked
@ApplicationModule(displayName = "Catalog", allowedDependencies = { "content" })
package org.lessontool.catalog;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
