package org.lessontool.launch;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.lessontool.registration.Platform;

/**
 * Where a fresh launch of the same activity starts, for the new-tab path of a browser
 * that keeps no cookie in the LMS's frame (lti-checklist S-01 step 3, M-04). Opened
 * top-level, the login sets the tool's cookie first-party and the launch is bound as
 * usual.
 */
final class Relaunches {

	/** Longer hints are not kept; that login simply offers no new-tab path. */
	static final int MAX_LENGTH = 4000;

	/** Moodle's lti_message_hint: {"cmid":2,"launchid":"ltilaunch1_…"} (M-03). */
	private static final Pattern MOODLE_CMID = Pattern.compile("\"cmid\"\\s*:\\s*\"?(\\d{1,18})\"?");

	private Relaunches() {
	}

	/**
	 * M-04: Moodle consumes the launch id in its message hint on first use, so its login
	 * cannot be replayed; its activity URL starts a fresh one. Other platforms get their
	 * own login initiation again, with the same parameters.
	 */
	static String of(Platform platform, String issuer, String loginHint, String targetLinkUri, String messageHint,
			String clientId, String deploymentId, String toolLogin) {
		String url = moodle(platform, messageHint);
		if (url == null) {
			Map<String, String> parameters = new LinkedHashMap<>();
			parameters.put("iss", issuer);
			parameters.put("login_hint", loginHint);
			parameters.put("target_link_uri", targetLinkUri);
			parameters.put("lti_message_hint", messageHint);
			parameters.put("client_id", clientId);
			parameters.put("lti_deployment_id", deploymentId);
			url = toolLogin + "?" + parameters.entrySet()
				.stream()
				.filter((entry) -> entry.getValue() != null && !entry.getValue().isBlank())
				.map((entry) -> entry.getKey() + "=" + URLEncoder.encode(entry.getValue(), StandardCharsets.UTF_8))
				.collect(Collectors.joining("&"));
		}
		return (url.length() <= MAX_LENGTH) ? url : null;
	}

	private static String moodle(Platform platform, String messageHint) {
		if (messageHint == null || !platform.authorizationEndpoint().endsWith("/mod/lti/auth.php")) {
			return null;
		}
		Matcher cmid = MOODLE_CMID.matcher(messageHint);
		return cmid.find() ? platform.issuer() + "/mod/lti/launch.php?id=" + cmid.group(1) : null;
	}

}
