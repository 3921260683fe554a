package org.lessontool.registration;

import org.jspecify.annotations.Nullable;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.lessontool.support.BoundedHttp;
import org.lessontool.support.Outbound;
import org.lessontool.support.OutboundSettings;
import org.springframework.stereotype.Component;

/**
 * Calls to URLs a platform or an admin supplied, under the tool's one outbound policy
 * ({@link Outbound}; lti-checklist Z-07, R-02) with the deadline
 * {@code lti.outbound.deadline} and a 256 KB cap.
 */
@Component
public class OutboundRequests {

	private static final int MAX_BYTES = 256 * 1024;

	private final Outbound outbound;

	private final BoundedHttp http;

	OutboundRequests(Outbound outbound, OutboundSettings settings) {
		Duration deadline = settings.deadline();
		this.outbound = outbound;
		this.http = outbound.client(deadline, MAX_BYTES);
	}

	/** Refuses a URL the tool must not call, before any request is made. */
	URI check(String url) {
		try {
			return this.outbound.check(url);
		}
		catch (Outbound.Refused ex) {
			throw new RegistrationException(ex.getMessage());
		}
	}

	public Response get(String url, @Nullable String bearer) {
		return send("GET", url, bearer, null);
	}

	Response postJson(String url, @Nullable String bearer, String json) {
		return send("POST", url, bearer, json.getBytes(StandardCharsets.UTF_8));
	}

	private Response send(String method, String url, @Nullable String bearer, byte @Nullable [] body) {
		Map<String, List<String>> headers = new LinkedHashMap<>();
		headers.put("Accept", List.of("application/json"));
		if (body != null) {
			headers.put("Content-Type", List.of("application/json"));
		}
		if (bearer != null && !bearer.isBlank()) {
			headers.put("Authorization", List.of("Bearer " + bearer));
		}
		try {
			BoundedHttp.Response response = this.http.send(method, check(url), headers, body);
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
	public record Response(int status, String body) {

		public boolean ok() {
			return this.status >= 200 && this.status < 300;
		}

	}

}
