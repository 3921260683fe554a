package org.lessontool.registration;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpRequest;
import java.time.Duration;

import org.lessontool.support.BoundedHttp;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Calls to URLs a platform or an admin supplied, guarded against SSRF (lti-checklist
 * Z-07, R-02): where HTTPS is required, only https URLs of public addresses; always an
 * overall deadline ({@code lti.outbound.deadline}), a size cap and no redirects.
 */
@Component
class OutboundRequests {

	private static final int MAX_BYTES = 256 * 1024;

	private final BoundedHttp http;

	private final boolean requireHttps;

	OutboundRequests(RegistrationSettings settings, @Value("${lti.outbound.deadline:10s}") Duration deadline) {
		this.requireHttps = settings.requireHttps();
		this.http = new BoundedHttp(deadline, MAX_BYTES);
	}

	/** Refuses a URL the tool must not call, before any request is made. */
	URI check(String url) {
		URI uri;
		try {
			uri = URI.create(url);
		}
		catch (IllegalArgumentException | NullPointerException ex) {
			throw new RegistrationException("'" + url + "' is not a URL");
		}
		if (uri.getHost() == null || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
			throw new RegistrationException("'" + url + "' is not an http(s) URL");
		}
		if (this.requireHttps) {
			if (!"https".equals(uri.getScheme())) {
				throw new RegistrationException("'" + url + "' must use https");
			}
			try {
				for (InetAddress address : InetAddress.getAllByName(uri.getHost())) {
					if (address.isLoopbackAddress() || address.isSiteLocalAddress() || address.isLinkLocalAddress()
							|| address.isAnyLocalAddress() || address.isMulticastAddress()
							|| (address.getAddress().length == 16 && (address.getAddress()[0] & 0xfe) == 0xfc)) {
						throw new RegistrationException("'" + url + "' points to a private address");
					}
				}
			}
			catch (UnknownHostException ex) {
				throw new RegistrationException("the host of '" + url + "' is unknown");
			}
		}
		return uri;
	}

	Response get(String url, String bearer) {
		HttpRequest.Builder request = HttpRequest.newBuilder(check(url)).header("Accept", "application/json");
		return send(authorized(request, bearer).GET().build());
	}

	Response postJson(String url, String bearer, String json) {
		HttpRequest.Builder request = HttpRequest.newBuilder(check(url))
			.header("Accept", "application/json")
			.header("Content-Type", "application/json");
		return send(authorized(request, bearer).POST(HttpRequest.BodyPublishers.ofString(json)).build());
	}

	private static HttpRequest.Builder authorized(HttpRequest.Builder request, String bearer) {
		return (bearer != null && !bearer.isBlank()) ? request.header("Authorization", "Bearer " + bearer) : request;
	}

	private Response send(HttpRequest request) {
		try {
			BoundedHttp.Response response = this.http.send(request);
			return new Response(response.status(), response.text());
		}
		catch (BoundedHttp.Failure ex) {
			throw new RegistrationException(ex.getMessage());
		}
	}

	/**
	 * A response, capped in size.
	 *
	 * @param status the HTTP status
	 * @param body the body
	 */
	record Response(int status, String body) {

		boolean ok() {
			return this.status >= 200 && this.status < 300;
		}

	}

}
