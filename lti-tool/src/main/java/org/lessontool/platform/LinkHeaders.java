package org.lessontool.platform;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads RFC 8288 {@code Link} headers leniently, as LMSs write them: several headers or
 * one with commas, quoted or bare {@code rel} values, several relations in one value, any
 * case (lti-checklist N-06).
 */
final class LinkHeaders {

	private LinkHeaders() {
	}

	/**
	 * The target of the first link with this relation, resolved against the request URL.
	 */
	static Optional<URI> find(List<String> headers, String relation, URI base) {
		for (String header : headers) {
			for (String link : split(header)) {
				int open = link.indexOf('<');
				int close = link.indexOf('>', open + 1);
				if (open < 0 || close < 0) {
					continue;
				}
				String target = link.substring(open + 1, close).strip();
				if (hasRelation(link.substring(close + 1), relation)) {
					try {
						return Optional.of(base.resolve(target));
					}
					catch (IllegalArgumentException ex) {
						return Optional.empty();
					}
				}
			}
		}
		return Optional.empty();
	}

	private static boolean hasRelation(String parameters, String relation) {
		for (String parameter : parameters.split(";")) {
			int eq = parameter.indexOf('=');
			if (eq < 0 || !parameter.substring(0, eq).strip().equalsIgnoreCase("rel")) {
				continue;
			}
			String value = parameter.substring(eq + 1).strip().replace("\"", "");
			for (String rel : value.split("\\s+")) {
				if (rel.toLowerCase(Locale.ROOT).equals(relation)) {
					return true;
				}
			}
		}
		return false;
	}

	/** Splits on the commas between links, never on one inside a URL's angle brackets. */
	private static List<String> split(String header) {
		List<String> links = new ArrayList<>();
		boolean inUrl = false;
		boolean inQuotes = false;
		int start = 0;
		for (int i = 0; i < header.length(); i++) {
			char c = header.charAt(i);
			if (c == '<' && !inQuotes) {
				inUrl = true;
			}
			else if (c == '>' && !inQuotes) {
				inUrl = false;
			}
			else if (c == '"' && !inUrl) {
				inQuotes = !inQuotes;
			}
			else if (c == ',' && !inUrl && !inQuotes) {
				links.add(header.substring(start, i));
				start = i + 1;
			}
		}
		links.add(header.substring(start));
		return links;
	}

}
