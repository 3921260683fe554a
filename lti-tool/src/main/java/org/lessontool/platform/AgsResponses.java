package org.lessontool.platform;

import org.jspecify.annotations.Nullable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

import org.lessontool.support.ErrorWords;
import org.lessontool.support.Untrusted;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpRequest;
import org.springframework.http.client.ClientHttpResponse;

/**
 * Reads an LMS response, turning every failure into a classified exception (lti-checklist
 *
 */
final class AgsResponses {

	private static final Logger logger = LoggerFactory.getLogger(AgsResponses.class);

	private static final int MAX_BODY = 256 * 1024;

	private AgsResponses() {
	}

	static String body(HttpRequest request, ClientHttpResponse response) throws IOException {
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
		// issue 15, item 5: the LMS's own words are logged for admins but never shown, so
		// a
		// service URL cannot be used to read another server's answers through the tool
		String detail = "the LMS answered " + status
				+ ErrorWords.of(body).map((words) -> ": \u201c" + words + "\u201d").orElse("");
		if (!body.isBlank()) {
			logger.info("{} answered {}: {}", Untrusted.bounded(request.getURI().toString()), status, shorten(body));
		}
		if (status == 429 || status >= 500) {
			throw new PlatformCallException(PlatformCallException.Kind.UNAVAILABLE, detail,
					retryAfter(response.getHeaders().getFirst(HttpHeaders.RETRY_AFTER)));
		}
		throw new PlatformCallException(PlatformCallException.Kind.REFUSED, detail, null);
	}

	static @Nullable Duration retryAfter(@Nullable String header) {
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
