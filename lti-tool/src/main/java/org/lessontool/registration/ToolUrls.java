package org.lessontool.registration;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.lessontool.support.ToolEndpoints;
import org.springframework.stereotype.Component;

/** The tool's own URLs, as an LMS admin pastes them or a platform registers them. */
@Component
class ToolUrls {

	private final ToolEndpoints endpoints;

	ToolUrls(ToolEndpoints endpoints) {
		this.endpoints = endpoints;
	}

	String base(HttpServletRequest request) {
		return this.endpoints.base(request);
	}

	/** CV-04: Canvas's JSON configuration names the host alone. */
	String host(HttpServletRequest request) {
		return URI.create(base(request)).getHost();
	}

	/**
	 * R-05, M-09: the registration's {@code domain} is the host, with the port when it is
	 * not the scheme's default; Moodle compares it with target_link_uri's host and port.
	 */
	String domain(HttpServletRequest request) {
		URI uri = URI.create(base(request));
		int port = uri.getPort();
		boolean defaultPort = port == -1 || ("https".equals(uri.getScheme()) && port == 443)
				|| ("http".equals(uri.getScheme()) && port == 80);
		return defaultPort ? uri.getHost() : uri.getHost() + ":" + port;
	}

	String login(HttpServletRequest request) {
		return this.endpoints.url(request, "/lti/login");
	}

	String launch(HttpServletRequest request) {
		return this.endpoints.url(request, "/lti/launch");
	}

	String jwks(HttpServletRequest request) {
		return this.endpoints.url(request, "/.well-known/jwks.json");
	}

}
