package org.lessontool.launch;

import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * Issue 15: a launch whose identifiers, service URLs, roles, custom parameters or
 * deep-linking settings are longer than the tool stores, or whose URLs are not URLs, is
 * refused with the claim's name (400) before anything is stored, instead of failing in
 * the database. Display text (names and titles) is shortened instead, in
 * {@link LaunchContextFactory}.
 */
final class ClaimSizeRule {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ClaimSizeRule() {
	}

	static void check(LaunchContext launch) {
		Map<String, Object[]> limits = new LinkedHashMap<>();
		limits.put("deployment_id", new Object[] { launch.deploymentId(), 255 });
		limits.put("context id", new Object[] { launch.contextId(), 255 });
		limits.put("resource_link id", new Object[] { launch.resourceLinkId(), 255 });
		limits.put("sub", new Object[] { launch.subject(), 255 });
		limits.put("roles", new Object[] { json(launch.roles(), bound(launch.roles()), 4000), 4000 });
		limits.put("custom", new Object[] { json(launch.custom(), bound(launch.custom()), 10000), 10000 });
		List<String> scopes = launch.services().scopes();
		limits.put("AGS scope", new Object[] { json(scopes, bound(scopes), 2000), 2000 });
		limits.put("deep_linking_settings", new Object[] {
				(launch.deepLinking() != null) ? JSON.writeValueAsString(launch.deepLinking()) : null, 10000 });
		limits.forEach((claim, limit) -> {
			if (limit[0] instanceof String value && value.length() > (Integer) limit[1]) {
				throw tooLong(claim, (Integer) limit[1]);
			}
		});
		url("AGS lineitems", launch.services().lineItems());
		url("AGS lineitem", launch.services().lineItem());
		url("NRPS context_memberships_url", launch.services().membershipsUrl());
		url("launch_presentation return_url", launch.returnUrl());
		if (launch.deepLinking() != null) {
			url("deep_link_return_url", launch.deepLinking().returnUrl());
		}
	}

	/**
	 * The claim as stored (JSON), or null when it cannot be longer than the limit: JSON
	 * escapes a character into at most six, and writing every claim only to measure it
	 * was 8% of a launch's CPU (issue 19).
	 */
	private static @Nullable String json(Object claim, long bound, int limit) {
		return (bound <= limit) ? null : JSON.writeValueAsString(claim);
	}

	private static long bound(Collection<String> strings) {
		long bound = 2;
		for (String string : strings) {
			bound += 6L * string.length() + 3;
		}
		return bound;
	}

	private static long bound(Map<String, String> map) {
		long bound = 2;
		for (Map.Entry<String, String> entry : map.entrySet()) {
			bound += 6L * (entry.getKey().length() + entry.getValue().length()) + 6;
		}
		return bound;
	}

	private static void url(String claim, String value) {
		if (value == null) {
			return;
		}
		if (value.length() > 2000) {
			throw tooLong(claim, 2000);
		}
		try {
			URI uri = new URI(value);
			if (!uri.isAbsolute() || uri.getHost() == null
					|| !("https".equalsIgnoreCase(uri.getScheme()) || "http".equalsIgnoreCase(uri.getScheme()))) {
				throw invalid(claim);
			}
		}
		catch (java.net.URISyntaxException ex) {
			throw invalid(claim);
		}
	}

	private static LaunchRejectedException tooLong(String claim, int limit) {
		return new LaunchRejectedException(RejectionReason.CLAIM_INVALID,
				"the id_token's " + claim + " is longer than the " + limit + " characters the tool accepts");
	}

	private static LaunchRejectedException invalid(String claim) {
		return new LaunchRejectedException(RejectionReason.CLAIM_INVALID,
				"the id_token's " + claim + " is not an http(s) URL");
	}

}
