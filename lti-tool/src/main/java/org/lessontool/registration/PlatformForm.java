package org.lessontool.registration;

import org.jspecify.annotations.Nullable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.lessontool.support.FramePolicy;

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
 * @param frameAncestors other origins whose pages frame the tool, separated by spaces,
 * commas or lines (Z-08)
 */
public record PlatformForm(String issuer, String clientId, String authorizationEndpoint, String tokenEndpoint,
		String jwksUrl, @Nullable String tokenAudience, String deploymentIds, String deploymentPolicy,
		String frameAncestors) {

	/** Enough for a school's sites; the frame policy header stays small. */
	static final int MAX_FRAME_ANCESTORS = 5;

	public static PlatformForm empty() {
		return new PlatformForm("", "", "", "", "", "", "", "STRICT", "");
	}

	/** The added origins as typed, one each. */
	List<String> frameAncestorList() {
		return (this.frameAncestors == null) ? List.of()
				: Arrays.stream(this.frameAncestors.split("[,\\s]+")).filter((o) -> !o.isBlank()).toList();
	}

	/** The added origins, normalised; only valid once {@link #problems} found none. */
	List<String> frameAncestorOrigins() {
		return frameAncestorList().stream().map(FramePolicy::origin).distinct().toList();
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
		if (this.tokenAudience != null && this.tokenAudience.length() > 1000) {
			problems.add("Token audience is at most 1,000 characters");
		}
		if (this.deployments().stream().anyMatch((id) -> id.length() > 255)) {
			problems.add("Deployment ids are at most 255 characters");
		}
		if (!"STRICT".equals(this.deploymentPolicy) && !"ACCEPT_NEW".equals(this.deploymentPolicy)) {
			problems.add("Deployment policy must be strict or accept-new");
		}
		List<String> ancestors = frameAncestorList();
		if (ancestors.size() > MAX_FRAME_ANCESTORS) {
			problems.add("Course page origins: at most " + MAX_FRAME_ANCESTORS);
		}
		ancestors.stream()
			.filter((origin) -> origin.length() > 255 || FramePolicy.origin(origin) == null
					|| !origin.replaceAll("/$", "").equalsIgnoreCase(FramePolicy.origin(origin)))
			.findFirst()
			.ifPresent((origin) -> problems.add("Course page origins: '" + shorten(origin)
					+ "' is not an origin such as https://school.instructure.com"));
		return problems;
	}

	private static String shorten(String text) {
		return (text.length() > 80) ? text.substring(0, 80) + "\u2026" : text;
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
		if (value.strip().length() > 1000) {
			// issue 15: the column's size; a longer URL was a 500 through the admin API
			problems.add(label + " is at most 1,000 characters");
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
