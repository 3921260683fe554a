package org.lessontool.launch;

import org.jspecify.annotations.Nullable;

/**
 * A login or launch was refused, and recording it is within the refusal limit
 * (lti-checklist Z-15: every refusal is logged and counted; this event carries it to the
 * admin console's list).
 *
 * @param reason why, as a code
 * @param detail why, for an admin, already bounded
 * @param issuer the platform, if known
 * @param clientId the client id, if known
 * @param deploymentId the deployment, if known
 */
public record LaunchRefused(RejectionReason reason, @Nullable String detail, @Nullable String issuer,
		@Nullable String clientId, @Nullable String deploymentId) {

}
