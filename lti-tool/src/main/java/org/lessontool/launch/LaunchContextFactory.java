package org.lessontool.launch;

import org.jspecify.annotations.Nullable;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lessontool.tool.Claims;
import org.lessontool.support.FramePolicy;

/**
 * Turns a validated id_token into the launch the tool keeps, taking only what it needs.
 */
final class LaunchContextFactory {

	/** The column's size, and far more than the few origins a launch proves. */
	private static final int MAX_FRAME_ANCESTORS_LENGTH = 1000;

	/** The columns of names and titles. */
	private static final int MAX_DISPLAY_LENGTH = 1000;

	private LaunchContextFactory() {
	}

	static LaunchContext create(VerifiedIdToken token, OffsetDateTime expiresAt) {
		Map<?, ?> context = map(token.claim(Claims.CONTEXT));
		Map<?, ?> link = map(token.claim(Claims.RESOURCE_LINK));
		Map<?, ?> ags = map(token.claim(Claims.AGS_ENDPOINT));
		Map<?, ?> nrps = map(token.claim(Claims.NRPS));
		Map<?, ?> presentation = map(token.claim(Claims.LAUNCH_PRESENTATION));
		List<String> roles = strings(token.claim(Claims.ROLES)).stream().filter((role) -> !role.isBlank()).toList();
		Map<String, String> custom = new LinkedHashMap<>();
		// C-36: custom values are strings; anything else is ignored
		map(token.claim(Claims.CUSTOM)).forEach((key, value) -> {
			if (key instanceof String name && value instanceof String text) {
				custom.put(name, text);
			}
		});
		String name = string(token.claim("name"));
		if (name == null && (token.claim("given_name") != null || token.claim("family_name") != null)) {
			name = String
				.join(" ", strings(List.of(nonNull(token.claim("given_name")), nonNull(token.claim("family_name")))))
				.strip();
		}
		// issue 15: display text longer than its column is shortened, not refused; an
		// address that long is no address
		String email = string(token.claim("email"));
		String target = string(presentation.get("document_target"));
		return new LaunchContext(Randoms.next(), token.platform().id(), token.platform().issuer(),
				token.platform().clientId(), token.stringClaim(Claims.DEPLOYMENT_ID),
				token.stringClaim(Claims.MESSAGE_TYPE), string(context.get("id")),
				shortened(string(context.get("title"))), string(link.get("id")), shortened(string(link.get("title"))),
				token.claims().getSubject(), shortened(name), (email != null && email.length() <= 320) ? email : null,
				roles,
				new LaunchContext.Services(string(ags.get("lineitems")), string(ags.get("lineitem")),
						strings(ags.get("scope")), string(nrps.get("context_memberships_url"))),
				custom, (target != null && target.length() <= 32) ? target : null,
				string(presentation.get("return_url")), deepLinking(token), frameAncestors(token, presentation),
				Randoms.next(), expiresAt);
	}

	/**
	 * Z-08, CV-02: the pages that may frame this launch are those it proves: the
	 * issuer's, and those of the return URLs in the signed id_token (Canvas's course
	 * pages are on the school's site, not the issuer's), plus those an admin added to the
	 * platform.
	 */
	private static List<String> frameAncestors(VerifiedIdToken token, Map<?, ?> presentation) {
		java.util.Set<String> origins = new java.util.LinkedHashSet<>();
		origins.add(FramePolicy.origin(token.platform().issuer()));
		origins.add(FramePolicy.origin(string(presentation.get("return_url"))));
		origins.add(
				FramePolicy.origin(string(map(token.claim(Claims.DEEP_LINKING_SETTINGS)).get("deep_link_return_url"))));
		origins.addAll(token.platform().frameAncestors());
		origins.remove(null);
		List<String> kept = new java.util.ArrayList<>();
		int length = 0;
		for (String origin : origins) {
			length += origin.length() + 1;
			if (length <= MAX_FRAME_ANCESTORS_LENGTH) {
				kept.add(origin);
			}
		}
		return List.copyOf(kept);
	}

	private static @Nullable DeepLinkingSettings deepLinking(VerifiedIdToken token) {
		if (!Claims.DEEP_LINKING_REQUEST.equals(token.claim(Claims.MESSAGE_TYPE))) {
			return null;
		}
		Map<?, ?> settings = map(token.claim(Claims.DEEP_LINKING_SETTINGS));
		// D-04: data is opaque; a platform that sends it as JSON gets its JSON text back
		Object data = settings.get("data");
		return new DeepLinkingSettings(string(settings.get("deep_link_return_url")),
				strings(settings.get("accept_types")), strings(settings.get("accept_presentation_document_targets")),
				bool(settings.get("accept_multiple")), bool(settings.get("accept_lineitem")),
				string(settings.get("title")), string(settings.get("text")),
				(data == null || data instanceof String) ? (String) data : String.valueOf(data));
	}

	private static @Nullable String shortened(@Nullable String text) {
		return (text == null || text.length() <= MAX_DISPLAY_LENGTH) ? text
				: text.substring(0, MAX_DISPLAY_LENGTH - 1) + "\u2026";
	}

	/** Some platforms send booleans as strings. */
	private static @Nullable Boolean bool(@Nullable Object value) {
		if (value instanceof Boolean flag) {
			return flag;
		}
		return (value instanceof String text) ? Boolean.valueOf(text.strip()) : null;
	}

	private static Object nonNull(@Nullable Object value) {
		return (value != null) ? value : "";
	}

	private static Map<?, ?> map(@Nullable Object value) {
		return (value instanceof Map<?, ?> map) ? map : Map.of();
	}

	private static @Nullable String string(@Nullable Object value) {
		return (value instanceof String text && !text.isBlank()) ? text : null;
	}

	private static List<String> strings(Object value) {
		if (!(value instanceof List<?> list)) {
			return List.of();
		}
		return list.stream().filter(String.class::isInstance).map(String.class::cast).toList();
	}

}
