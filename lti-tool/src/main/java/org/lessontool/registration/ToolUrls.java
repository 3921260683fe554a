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

	String host(HttpServletRequest request) {
		return URI.create(base(request)).getHost();
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
