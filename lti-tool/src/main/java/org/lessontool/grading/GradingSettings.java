package org.lessontool.grading;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings bound to {@code lti.grading.*}.
 *
 * @param sendInterval how often each replica looks for due deliveries
 * @param batchSize how many deliveries one look takes at most
 * @param firstRetry the wait after the first failure; it doubles, with jitter, up to
 * maxRetry
 * @param maxRetry the longest wait between two tries
 * @param maxPause the longest a platform that did not answer a grade holds back its
 * others (issue 19); once it passes, the next grades tell whether the LMS is back
 * @param senders how many platforms' grades are sent at once
 * @param perPlatform how many of one platform's grades are sent at once (issue 19); one
 * student's grades are never among them together, so theirs keep their order
 * @param lease how long a replica holds a delivery it is sending before another may take
 * it
 */
@ConfigurationProperties("lti.grading")
public record GradingSettings(@DefaultValue("2s") Duration sendInterval, @DefaultValue("50") int batchSize,
		@DefaultValue("10s") Duration firstRetry, @DefaultValue("1h") Duration maxRetry,
		@DefaultValue("2m") Duration lease, @DefaultValue("true") boolean sendStarted, @DefaultValue("4") int senders,
		@DefaultValue("8") int perPlatform, @DefaultValue("1m") Duration maxPause) {
}
