/**
 * The lesson's tutor: it answers questions with the lesson's own sentences, found by
 * retrieval over the lesson text (Lucene, BM25), and declines anything the lesson cannot
 * answer; it uses the launch context and the lesson content.
 */
@NullMarked
@ApplicationModule(displayName = "Tutor", allowedDependencies = { "launch", "catalog", "content", "support" })
package org.lessontool.tutor;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
