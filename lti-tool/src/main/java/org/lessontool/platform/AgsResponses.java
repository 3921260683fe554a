package org.lessontool.platform;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.springframework.http.HttpHeaders;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Reads an LMS response, turning every failure into a classified exception (lti-checklist
 *
 */
final class AgsResponses {

	private static final int MAX_BODY = 256 * 1024;

	private AgsResponses() {
	}

	static String body(ClientHttpResponse response) throws IOException {
		int status = response.getStatusCode().value();
		String body;
		try (InputStream in = response.getBody()) {
			body = new String(in.readNBytes(MAX_BODY), StandardCharsets.UTF_8);
		}
		if (status >= 200 && status < 300) {
			return body.isBlank() ? "{}" : body;
		}
		if (status == 401) {
			throw new Unauthorized();
		}
		String detail = "the LMS answered " + status + (body.isBlank() ? "" : ": " + shorten(body));
		if (status == 429 || status >= 500) {
			throw new PlatformCallException(PlatformCallException.Kind.UNAVAILABLE, detail,
					retryAfter(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)));
		}
		throw new PlatformCallException(PlatformCallException.Kind.REFUSED, detail, null);
	}

	static Duration retryAfter(String header) {
		if (header == null || !header.strip().matches("\\d{1,6}")) {
			return null;
		}
		return Duration.ofSeconds(Long.parseLong(header.strip()));
	}

	private static String shorten(String body) {
		String flat = body.replaceAll("\\s+", " ").strip();
		return (flat.length() > 200) ? flat.substring(0, 200) + "…" : flat;
	}

	/** A 401: the token is stale and worth one refresh. */
	static final class Unauthorized extends RuntimeException {

		Unauthorized() {
			super("401 from the LMS");
		}

	}

}
