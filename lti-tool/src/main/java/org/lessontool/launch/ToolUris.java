package org.lessontool.launch;

import jakarta.servlet.http.HttpServletRequest;

import org.lessontool.support.ToolEndpoints;
import org.springframework.stereotype.Component;

/**
 * The tool's own origin and URLs, and whether a URL belongs to the tool (lti-checklist
 * C-12).
 */
@Component
public class ToolUris {

	private final LaunchSettings settings;

	private final ToolEndpoints endpoints;

	ToolUris(LaunchSettings settings, ToolEndpoints endpoints) {
		this.settings = settings;
		this.endpoints = endpoints;
	}

	public String origin(HttpServletRequest request) {
		return this.endpoints.origin(request);
	}

	/**
	 * The redirect URI registered with platforms; compared by them char for char (C-13).
	 * Issue 18: under the tool's path, as registration gives it.
	 */
	public String redirectUri(HttpServletRequest request) {
		return this.endpoints.url(request, "/lti/launch");
	}

	/** The login initiation URL, where a fresh launch starts (S-01's new-tab path). */
	String loginUri(HttpServletRequest request) {
		return this.endpoints.url(request, "/lti/login");
	}

	/**
	 * Whether a target_link_uri is the tool's own: same origin and an allowed path under
	 * the tool's base (C-12, Z-06).
	 */
	boolean isToolTarget(String targetLinkUri, HttpServletRequest request) {
		return this.endpoints.isOwn(targetLinkUri, this.settings.targetPaths(), request);
	}

}
