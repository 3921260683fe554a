package org.lessontool.registration;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Platforms declared in configuration under {@code lti.platforms[...]}, loaded into the
 * database at start, and how dynamic registration treats new platforms.
 *
 * @param platforms the declared platforms
 * @param registration how dynamic registration treats new platforms
 */
@ConfigurationProperties("lti")
public record RegistrationSettings(@DefaultValue List<DeclaredPlatform> platforms,
		@DefaultValue DynamicRegistration registration) {

	/**
	 * Settings of {@code lti.registration.*}.
	 *
	 * @param autoApprove platforms registered dynamically may launch at once, without an
	 * admin's approval (on in the embedded profile, off in {@code prod})
	 * @param strictIssuer the platform configuration URL must start with its issuer
	 * (R-03)
	 * @param maxPending registrations that may wait for approval at once (issue 15, item
	 * 6)
	 * @param cacheLifetime how long a replica reuses a platform or deployment it read, so
	 * a launch need not read them again (issue 19); a change another replica makes
	 * applies here within this time
	 */
	public record DynamicRegistration(@DefaultValue("false") boolean autoApprove,
			@DefaultValue("true") boolean strictIssuer, @DefaultValue("20") int maxPending,
			@DefaultValue("30s") java.time.Duration cacheLifetime) {
	}

	/**
	 * One platform as an admin declares it.
	 *
	 * @param issuer the platform's issuer
	 * @param clientId the client id it gave the tool
	 * @param authorizationEndpoint its OIDC authorization endpoint
	 * @param tokenEndpoint its token endpoint
	 * @param jwksUrl its public key set
	 * @param tokenAudience the client-assertion audience, if not the token endpoint
	 * @param deploymentIds the deployment ids it may launch from
	 * @param deploymentPolicy strict (the default) or accept-new
	 * @param frameAncestors other origins whose course pages frame the tool (Z-08)
	 */
	public record DeclaredPlatform(String issuer, String clientId, String authorizationEndpoint, String tokenEndpoint,
			String jwksUrl, String tokenAudience, @DefaultValue List<String> deploymentIds,
			@DefaultValue("STRICT") Platform.DeploymentPolicy deploymentPolicy,
			@DefaultValue List<String> frameAncestors) {
	}

}
