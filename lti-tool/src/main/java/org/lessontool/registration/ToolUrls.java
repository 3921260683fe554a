package org.lessontool.registration;

import java.net.URI;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The tool's own URLs, as an LMS admin pastes them or a platform registers them. */
@Component
class ToolUrls {

	private final String configured;

	ToolUrls(@Value("${lti.launch.tool-url:}") String configured) {
		this.configured = configured;
	}

	String base(HttpServletRequest request) {
		String base = this.configured.isBlank()
				? ServletUriComponentsBuilder.fromContextPath(request).build().toUriString() : this.configured;
		return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
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
		return base(request) + "/lti/login";
	}

	String launch(HttpServletRequest request) {
		return base(request) + "/lti/launch";
	}

	String jwks(HttpServletRequest request) {
		return base(request) + "/.well-known/jwks.json";
	}

}
