package org.lessontool.registration;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A platform as an admin types it into the console (lti-checklist R-09, C-02).
 *
 * @param issuer the platform issuer
 * @param clientId the client id the platform gave the tool
 * @param authorizationEndpoint the OIDC authorization endpoint
 * @param tokenEndpoint the token endpoint
 * @param jwksUrl the platform's public keyset URL
 * @param tokenAudience the client-assertion audience, if not the token endpoint
 * @param deploymentIds deployment ids, separated by commas or spaces
 * @param deploymentPolicy STRICT or ACCEPT_NEW
 */
record PlatformForm(String issuer, String clientId, String authorizationEndpoint, String tokenEndpoint, String jwksUrl,
		String tokenAudience, String deploymentIds, String deploymentPolicy) {

	static PlatformForm empty() {
		return new PlatformForm("", "", "", "", "", "", "", "STRICT");
	}

	List<String> deployments() {
		return (this.deploymentIds == null) ? List.of()
				: Arrays.stream(this.deploymentIds.split("[,\\s]+")).filter((id) -> !id.isBlank()).toList();
	}

	/** Every field problem, in plain words; empty when the form can be saved. */
	List<String> problems(OutboundRequests urls) {
		List<String> problems = new ArrayList<>();
		required(problems, "Issuer", this.issuer);
		required(problems, "Client id", this.clientId);
		url(problems, urls, "Authorization endpoint", this.authorizationEndpoint);
		url(problems, urls, "Token endpoint", this.tokenEndpoint);
		url(problems, urls, "Keyset (JWKS) URL", this.jwksUrl);
		if (this.deployments().stream().anyMatch((id) -> id.length() > 255)) {
			problems.add("Deployment ids are at most 255 characters");
		}
		if (!"STRICT".equals(this.deploymentPolicy) && !"ACCEPT_NEW".equals(this.deploymentPolicy)) {
			problems.add("Deployment policy must be strict or accept-new");
		}
		return problems;
	}

	private static void required(List<String> problems, String label, String value) {
		if (value == null || value.isBlank()) {
			problems.add(label + " is required");
		}
		else if (value.length() > 255) {
			problems.add(label + " is at most 255 characters");
		}
	}

	private static void url(List<String> problems, OutboundRequests urls, String label, String value) {
		if (value == null || value.isBlank()) {
			problems.add(label + " is required");
			return;
		}
		try {
			urls.check(value.strip());
		}
		catch (RegistrationException ex) {
			problems.add(label + ": " + ex.getMessage());
		}
	}

}
