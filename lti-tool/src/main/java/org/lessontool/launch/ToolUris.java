package org.lessontool.launch;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The tool's own origin and URLs, and whether a URL belongs to the tool (lti-checklist
 * C-12).
 */
@Component
public class ToolUris {

	private final LaunchSettings settings;

	ToolUris(LaunchSettings settings) {
		this.settings = settings;
	}

	public String origin(HttpServletRequest request) {
		String base = this.settings.toolUrl().isBlank()
				? ServletUriComponentsBuilder.fromContextPath(request).build().toUriString() : this.settings.toolUrl();
		URI uri = URI.create(base);
		return uri.getScheme() + "://" + uri.getHost() + ((uri.getPort() != -1) ? ":" + uri.getPort() : "");
	}

	/**
	 * The redirect URI registered with platforms; compared by them char for char (C-13).
	 */
	public String redirectUri(HttpServletRequest request) {
		return origin(request) + "/lti/launch";
	}

	/** The login initiation URL, where a fresh launch starts (S-01's new-tab path). */
	String loginUri(HttpServletRequest request) {
		return origin(request) + "/lti/login";
	}

	/**
	 * Whether a target_link_uri is the tool's own: same origin and an allowed path (C-12,
	 * Z-06).
	 */
	boolean isToolTarget(String targetLinkUri, HttpServletRequest request) {
		URI uri;
		try {
			uri = URI.create(targetLinkUri);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null) {
			return false;
		}
		String origin = uri.getScheme() + "://" + uri.getHost() + ((uri.getPort() != -1) ? ":" + uri.getPort() : "");
		String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath();
		return origin.equalsIgnoreCase(origin(request)) && this.settings.targetPaths().contains(path);
	}

}
