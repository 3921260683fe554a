package org.lessontool.catalog;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings bound to {@code lti.lesson.*}.
 *
 * @param folder a lesson folder on disk to serve instead of the packaged lesson 964, for
 * authors checking an edit; empty serves the packaged lesson
 */
@ConfigurationProperties("lti.lesson")
public record LessonSettings(@DefaultValue("") String folder) {
}
