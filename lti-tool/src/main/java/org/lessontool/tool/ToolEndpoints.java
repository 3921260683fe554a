package org.lessontool.tool;

import java.net.URI;
import java.util.Collection;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The tool's own URLs, in one place for every module (issue 18): the base is
 * {@code lti.tool.url} with its path kept ({@code https://host/lessons} serves
 * {@code https://host/lessons/lti/launch}), or, when that is empty, the request's own
 * scheme, host and context path. What a platform registers and what the login sends as
 * {@code redirect_uri} come from here, so they agree char for char (lti-checklist C-13).
 */
@Component
public class ToolEndpoints {

	private final String configured;

	public ToolEndpoints(ToolSettings settings) {
		this.configured = settings.url().strip();
	}

	/** The tool's base URL, without a trailing slash. */
	public String base(HttpServletRequest request) {
		String base = this.configured.isEmpty()
				? ServletUriComponentsBuilder.fromContextPath(request).build().toUriString() : this.configured;
		return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
	}

	/** The tool's origin: scheme, host and port, with no path. */
	public String origin(HttpServletRequest request) {
		return origin(URI.create(base(request)));
	}

	/** The login initiation URL (OIDC third-party initiated login). */
	public String login(HttpServletRequest request) {
		return url(request, "/lti/login");
	}

	/**
	 * The launch URL: the redirect URI registered with platforms and sent at login,
	 * compared by them char for char (lti-checklist C-13), and the target link URI.
	 */
	public String launch(HttpServletRequest request) {
		return url(request, "/lti/launch");
	}

	public String jwks(HttpServletRequest request) {
		return url(request, "/.well-known/jwks.json");
	}

	/** CV-04: Canvas's JSON configuration names the host alone. */
	public String host(HttpServletRequest request) {
		return URI.create(base(request)).getHost();
	}

	/**
	 * R-05, M-09: a registration's {@code domain} is the host, with the port when it is
	 * not the scheme's default; Moodle compares it with target_link_uri's host and port.
	 */
	public String domain(HttpServletRequest request) {
		URI uri = URI.create(base(request));
		int port = uri.getPort();
		boolean defaultPort = port == -1 || ("https".equals(uri.getScheme()) && port == 443)
				|| ("http".equals(uri.getScheme()) && port == 80);
		return defaultPort ? uri.getHost() : uri.getHost() + ":" + port;
	}

	/** A URL of the tool: its base and a path starting with "/". */
	public String url(HttpServletRequest request, String path) {
		return base(request) + path;
	}

	/**
	 * Whether a URL is one of the tool's own pages: same origin, and a path that is the
	 * base's path followed by one of the given ones (lti-checklist C-12).
	 */
	public boolean isOwn(String url, Collection<String> paths, HttpServletRequest request) {
		URI uri;
		try {
			uri = URI.create(url);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		if (!uri.isAbsolute() || uri.getHost() == null || uri.getRawUserInfo() != null) {
			return false;
		}
		URI base = URI.create(base(request));
		String prefix = (base.getRawPath() == null) ? "" : base.getRawPath();
		String path = (uri.getRawPath() == null || uri.getRawPath().isEmpty()) ? "/" : uri.getRawPath();
		return origin(uri).equalsIgnoreCase(origin(base)) && path.startsWith(prefix)
				&& paths.contains(path.substring(prefix.length()));
	}

	private static String origin(URI uri) {
		return uri.getScheme() + "://" + uri.getHost() + ((uri.getPort() != -1) ? ":" + uri.getPort() : "");
	}

}
