/**
 * The Lesson Tool application: an LTI 1.3 Advantage tool that delivers a lesson, its quiz
 * and tutor, and reports scores to the LMS gradebook; each sub-package is one module.
 */
@NullMarked
package org.lessontool;

import org.jspecify.annotations.NullMarked;
