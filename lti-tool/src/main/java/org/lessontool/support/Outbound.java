package org.lessontool.support;

import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The one outbound policy of the tool, for every URL a platform or an admin supplied
 * (lti-checklist Z-07, C-03; issue 15, item 5): http(s) only, https where required, only
 * public addresses where required ({@code prod}), with the address pinned for the
 * connection, an overall deadline, a size cap, no redirects and no server words echoed.
 * deploy/README.md, "Outbound calls", documents it.
 */
@Component
public class Outbound {

	private final boolean requireHttps;

	private final CheckedDns dns;

	@Autowired
	public Outbound(HttpsSettings https, OutboundSettings outbound) {
		this(https.requireHttps(), (outbound.publicOnly() != null) ? outbound.publicOnly() : https.requireHttps());
	}

	public Outbound(boolean requireHttps, boolean publicOnly) {
		this.requireHttps = requireHttps;
		this.dns = CheckedDns.system(publicOnly);
	}

	/**
	 * A client whose every exchange ends within the deadline and reads at most maxBytes.
	 */
	public BoundedHttp client(Duration deadline, int maxBytes) {
		return new BoundedHttp(deadline, maxBytes, this.dns, this.requireHttps);
	}

	/**
	 * Refuses, before any request, a URL the tool must not call.
	 * @throws Refused naming the URL (bounded) and the reason
	 */
	public URI check(String url) {
		URI uri;
		try {
			uri = URI.create(url);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new Refused("'" + Untrusted.bounded(url) + "' is not a URL");
		}
		if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
			throw new Refused("'" + Untrusted.bounded(url) + "' is not an http(s) URL");
		}
		if (this.requireHttps && !"https".equals(uri.getScheme())) {
			throw new Refused("'" + Untrusted.bounded(url) + "' must use https");
		}
		try {
			this.dns.resolve(uri.getHost());
		}
		catch (CheckedDns.RefusedAddressException ex) {
			throw new Refused("'" + Untrusted.bounded(url) + "' points to a private or reserved address");
		}
		catch (UnknownHostException ex) {
			// an unknown name fails the request itself, with its own sentence
		}
		return uri;
	}

	/** The URL breaks the outbound policy; the message is for people. */
	public static final class Refused extends RuntimeException {

		Refused(String message) {
			super(message);
		}

	}

}
