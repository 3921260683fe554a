package org.lessontool.launch;

import org.jspecify.annotations.Nullable;
import org.lessontool.tool.Claims;
import org.lessontool.tool.AgsScopes;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * A validated launch as the tool keeps it (lti-checklist C-33): who, where, and with
 * which LMS services. Later requests present a token for it; nothing from the browser is
 * trusted again.
 *
 * @param id random launch id
 * @param platformId the platform's id in the tool
 * @param issuer the platform issuer
 * @param clientId the tool's client id at the platform
 * @param deploymentId the deployment
 * @param messageType LtiResourceLinkRequest or LtiDeepLinkingRequest
 * @param contextId the course, if the platform sent one
 * @param contextTitle the course title, if sent
 * @param resourceLinkId the activity link (resource link launches)
 * @param resourceLinkTitle its title, if sent
 * @param subject the user's {@code sub}
 * @param name the user's name, if sent
 * @param email the user's email, if sent
 * @param roles the roles claim as sent
 * @param services the AGS and NRPS endpoints, if sent
 * @param custom the custom parameters, as strings
 * @param documentTarget frame, iframe or window, if sent
 * @param returnUrl the platform's return URL, if sent
 * @param deepLinking the deep-linking settings of a deep-linking request, otherwise
 * {@code null}
 * @param frameAncestors the origins that may frame this launch's pages: those the signed
 * launch names and those an admin added to its platform (Z-08)
 * @param csrfToken the token every state-changing request of this launch must carry
 * (Z-10)
 * @param expiresAt when the launch can no longer be used
 */
public record LaunchContext(String id, String platformId, String issuer, String clientId, String deploymentId,
		String messageType, @Nullable String contextId, @Nullable String contextTitle, @Nullable String resourceLinkId,
		@Nullable String resourceLinkTitle, String subject, @Nullable String name, @Nullable String email,
		List<String> roles, Services services, Map<String, String> custom, @Nullable String documentTarget,
		@Nullable String returnUrl, @Nullable DeepLinkingSettings deepLinking, List<String> frameAncestors,
		String csrfToken, OffsetDateTime expiresAt) {

	public Experience experience() {
		return Experience.of(this.roles);
	}

	/** C-40: Canvas Student View and similar previews; their attempts are test data. */
	public boolean testUser() {
		return this.roles.contains(Experience.TEST_USER);
	}

	public boolean deepLinkingRequest() {
		return Claims.DEEP_LINKING_REQUEST.equals(this.messageType);
	}

	/**
	 * C-35: where this launch's data belongs: the course within the deployment, or the
	 * resource link when there is no course; never the context id alone.
	 */
	public String scope() {
		String place = (this.contextId != null) ? "context:" + this.contextId : "link:" + this.resourceLinkId;
		return this.issuer + " " + this.clientId + " " + this.deploymentId + " " + place;
	}

	/**
	 * The LMS services a launch offers.
	 *
	 * @param lineItems AGS line items URL
	 * @param lineItem AGS line item URL for this link
	 * @param scopes AGS scopes granted
	 * @param membershipsUrl NRPS context memberships URL
	 */
	public record Services(@Nullable String lineItems, @Nullable String lineItem, List<String> scopes,
			@Nullable String membershipsUrl) {

		/**
		 * lti-checklist A-01: without the AGS claim (a line item or its container) and
		 * the score scope, this launch has no grade passback.
		 */
		public boolean collectsGrades() {
			return (this.lineItem != null || this.lineItems != null) && this.scopes.contains(AgsScopes.SCORE);
		}

	}

}
