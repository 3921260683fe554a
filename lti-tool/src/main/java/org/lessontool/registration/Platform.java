package org.lessontool.registration;

import org.jspecify.annotations.Nullable;
import java.net.URI;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * An LMS registration the tool trusts. lti-checklist C-01, C-02: identified by (issuer,
 * client_id), never by the issuer alone.
 *
 * @param id the tool's own id for it
 * @param issuer the platform's {@code iss}, compared exactly
 * @param clientId the client id the platform gave the tool
 * @param authorizationEndpoint the OIDC authorization endpoint (login step 2)
 * @param tokenEndpoint the OAuth 2 token endpoint for service calls
 * @param jwksUrl where the platform publishes the keys it signs id_tokens with
 * @param tokenAudience the {@code aud} for client assertions, when not the token endpoint
 * @param deploymentPolicy what to do with a deployment id not seen before
 * @param status whether launches are accepted
 * @param frameAncestors origins an admin added whose pages may frame the tool's launched
 * pages, for an LMS whose course pages are on neither its issuer's nor its return URL's
 * site
 */
public record Platform(String id, String issuer, String clientId, String authorizationEndpoint, String tokenEndpoint,
		String jwksUrl, @Nullable String tokenAudience, DeploymentPolicy deploymentPolicy, Status status,
		List<String> frameAncestors) {

	/** The id of a platform not saved yet: the repository gives it one. */
	public static final String UNSAVED = "";

	public Platform {
		frameAncestors = (frameAncestors != null) ? List.copyOf(frameAncestors) : List.of();
	}

	/**
	 * The origins the platform's own pages come from, which may frame the tool before a
	 * launch proves more (lti-checklist Z-08).
	 */
	public Set<String> origins() {
		Set<String> origins = new LinkedHashSet<>();
		origins.add(origin(this.issuer));
		origins.add(origin(this.authorizationEndpoint));
		origins.addAll(this.frameAncestors);
		origins.remove(null);
		return origins;
	}

	/** S-04: platform storage messages go to the origin of the authorization endpoint. */
	public @Nullable String authorizationOrigin() {
		return origin(this.authorizationEndpoint);
	}

	static @Nullable String origin(String url) {
		try {
			URI uri = URI.create(url);
			if (uri.getScheme() == null || uri.getHost() == null) {
				return null;
			}
			return uri.getScheme() + "://" + uri.getHost() + ((uri.getPort() != -1) ? ":" + uri.getPort() : "");
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

	/** lti-checklist C-04: how a deployment id not seen before is treated. */
	public enum DeploymentPolicy {

		/** Only deployment ids an admin declared are accepted. */
		STRICT,

		/** A new deployment id is recorded, visible to admins, and accepted. */
		ACCEPT_NEW

	}

	/** Whether the platform may launch the tool. */
	public enum Status {

		ACTIVE, PENDING, DISABLED

	}

}
