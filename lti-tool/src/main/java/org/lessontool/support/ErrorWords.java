package org.lessontool.support;

import java.util.Optional;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The reason a platform gave for refusing a request, as a person may see it: only the
 * text of a JSON error field ({@code error_description}, {@code error} or
 * {@code message}, as RFC 6749 section 5.2 and Canvas and Moodle answer), on one line and
 * bounded. Any other body (an HTML page, an internal service's data) is never shown, so a
 * URL the tool was given cannot be used to read another server's answers through it
 * (issue 15, item 5); lti-checklist R-08 asks that a platform's refusal reach the admin.
 */
public final class ErrorWords {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final int SHOWN = 200;

	private ErrorWords() {
	}

	public static Optional<String> of(String body) {
		if (body == null || body.isBlank() || body.length() > 64 * 1024) {
			return Optional.empty();
		}
		JsonNode root;
		try {
			root = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			return Optional.empty();
		}
		for (String field : new String[] { "error_description", "error", "message" }) {
			JsonNode value = root.path(field);
			if (value.isString() && !value.asString().isBlank()) {
				String line = value.asString().replaceAll("[\\p{Cntrl}\\s]+", " ").strip();
				return Optional.of((line.length() > SHOWN) ? line.substring(0, SHOWN) + "\u2026" : line);
			}
		}
		return Optional.empty();
	}

}
