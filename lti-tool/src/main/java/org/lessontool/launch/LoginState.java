package org.lessontool.launch;

import org.jspecify.annotations.Nullable;
import java.time.OffsetDateTime;

/**
 * What a login remembers until its launch arrives (lti-checklist C-11).
 *
 * @param state the OIDC state, also the key
 * @param nonce the nonce the id_token must carry
 * @param platformId the platform the login was started for
 * @param targetLinkUri the validated target_link_uri, compared with the claim at launch
 * (C-29)
 * @param ltiDeploymentId the login's lti_deployment_id, if sent (C-27)
 * @param storageTarget the platform storage frame, when the platform offered one (S-02)
 * @param expiresAt when the login can no longer complete
 * @param relaunchUrl where a fresh launch of the same activity starts in a top-level
 * window, for a browser that keeps no cookie in the LMS's frame (S-01); {@code null} when
 * none is known
 */
record LoginState(String state, String nonce, String platformId, String targetLinkUri, @Nullable String ltiDeploymentId,
		@Nullable String storageTarget, OffsetDateTime expiresAt, @Nullable String relaunchUrl) {
}
