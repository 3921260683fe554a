package org.lessontool.support;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings bound to {@code lti.retention.*}.
 *
 * @param days how long launch records, attempts, progress, tutor questions and finished
 * deliveries are kept
 * @param cron when the nightly purge runs, on every replica
 */
@ConfigurationProperties("lti.retention")
public record RetentionSettings(@DefaultValue("400") int days, @DefaultValue("0 17 3 * * *") String cron) {
}
