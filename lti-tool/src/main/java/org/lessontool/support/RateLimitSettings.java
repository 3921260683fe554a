package org.lessontool.support;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of {@code lti.rate-limits.*}: how many anonymous requests one client address
 * may make (deploy/README.md, "Rate limits"). A school's students often share one
 * address, so the launch limits leave room for a whole school starting a lesson at once.
 *
 * @param pendingLogins logins an address may have started and not yet finished with a
 * launch; a login's state lasts {@code lti.launch.state-lifetime}
 * @param refusalsRecordedPerMinute refused launches per address per minute that are
 * stored for the admin console; beyond it they are only logged and counted
 * @param registrationsPerHour dynamic registrations started per address per hour
 * @param adminLoginFailures wrong admin passwords per address per 15 minutes before the
 * sign-in is refused until the window ends
 */
@ConfigurationProperties("lti.rate-limits")
public record RateLimitSettings(@DefaultValue("600") int pendingLogins,
		@DefaultValue("30") int refusalsRecordedPerMinute, @DefaultValue("20") int registrationsPerHour,
		@DefaultValue("10") int adminLoginFailures) {
}
