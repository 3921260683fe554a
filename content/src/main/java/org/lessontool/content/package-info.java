/**
 * Lessons and their quizzes as data: the model, the loader that reads lesson files, and
 * the answer-free views pages may show; plain Java that knows nothing of Spring or LTI.
 */
package org.lessontool.content;
