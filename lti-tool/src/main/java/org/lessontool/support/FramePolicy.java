package org.lessontool.support;

import org.jspecify.annotations.Nullable;
import java.net.URI;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The content security policy of the tool's pages, and who may frame them (lti-checklist
 * Z-08). Everything loads from the tool itself. A page names only the origins its own
 * request proves, never every registered platform, so the header stays small however many
 * platforms there are.
 */
public final class FramePolicy {

	public static final String HEADER = "Content-Security-Policy";

	/** Well under Tomcat's 8 KB header limit and any proxy's. */
	public static final int MAX_HEADER_LENGTH = 1000;

	private static final String SOURCES = "default-src 'self'; script-src 'self'; style-src 'self'; "
			+ "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'self'";

	private FramePolicy() {
	}

	/** The policy of a page that the tool itself, and these origins, may frame. */
	public static String header(Collection<String> ancestors) {
		StringBuilder policy = new StringBuilder(SOURCES);
		Set<String> seen = new LinkedHashSet<>();
		for (String ancestor : ancestors) {
			String origin = origin(ancestor);
			if (origin != null && seen.add(origin) && policy.length() + 1 + origin.length() <= MAX_HEADER_LENGTH) {
				policy.append(' ').append(origin);
			}
		}
		return policy.toString();
	}

	/** Sets the page's policy, unless the response has gone out already. */
	public static void apply(HttpServletResponse response, Collection<String> ancestors) {
		if (!response.isCommitted()) {
			response.setHeader(HEADER, header(ancestors));
		}
	}

	/**
	 * The origin of an http(s) URL, lower-cased, with its port when it is not the
	 * scheme's default; {@code null} for anything else. Only such origins reach a header.
	 */
	public static @Nullable String origin(@Nullable String url) {
		if (url == null || url.length() > 2048) {
			return null;
		}
		try {
			URI uri = new URI(url.strip());
			String scheme = (uri.getScheme() == null) ? null : uri.getScheme().toLowerCase(Locale.ROOT);
			String host = uri.getHost();
			if (!("https".equals(scheme) || "http".equals(scheme)) || host == null || uri.getRawUserInfo() != null
					|| !host.matches("[A-Za-z0-9.\\-\\[\\]:]{1,253}")) {
				return null;
			}
			int port = uri.getPort();
			boolean defaultPort = port == -1 || ("https".equals(scheme) && port == 443)
					|| ("http".equals(scheme) && port == 80);
			return scheme + "://" + host.toLowerCase(Locale.ROOT) + (defaultPort ? "" : ":" + port);
		}
		catch (java.net.URISyntaxException ex) {
			return null;
		}
	}

	/**
	 * The page that sent this request, as the browser names it: the {@code Origin}
	 * header, or the origin of the {@code Referer}. A login or a refusal is shown in the
	 * frame that page opened, before any launch proves more.
	 */
	public static @Nullable String requestingOrigin(HttpServletRequest request) {
		String origin = origin(request.getHeader("Origin"));
		return (origin != null) ? origin : origin(request.getHeader("Referer"));
	}

}
