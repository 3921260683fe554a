package org.lessontool.registration;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings bound to {@code lti.jwks.*}: how platforms' public key sets are fetched.
 *
 * @param cacheLifetime how long a platform's key set is cached (lti-checklist C-20)
 * @param refreshInterval the least time between two fetches of one key set on an unknown
 * kid; short, since a launch signed with a new key waits for it (issue 15)
 */
@ConfigurationProperties("lti.jwks")
public record PlatformKeySettings(@DefaultValue("15m") Duration cacheLifetime,
		@DefaultValue("1s") Duration refreshInterval) {

}
